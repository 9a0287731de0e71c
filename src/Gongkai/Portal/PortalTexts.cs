using Gongkai.Infrastructure;

namespace Gongkai.Portal;

/// <summary>English for the public portal's interface (门户英文版): navigation, headings, labels, pager, forms and the
/// status names shown to citizens. Published content (titles, bodies, unit names) stays as published.</summary>
internal sealed class PortalTexts : ITextCatalog
{
    public IReadOnlyDictionary<string, string> English { get; } = new Dictionary<string, string>
    {
        // Home, navigation, lists
        ["最新公开"] = "Latest disclosures", ["更多信息"] = "More", ["订阅（Atom）"] = "Subscribe (Atom)",
        ["政府信息公开指南"] = "Government information disclosure guide", ["政府信息公开制度"] = "Disclosure rules",
        ["申请办理进度查询"] = "Check the progress of a request", ["开放数据"] = "Open data",
        ["当前位置"] = "You are here", ["公开目录"] = "Disclosure catalogue", ["筛选"] = "Filter", ["年份"] = "Year",
        ["全部"] = "All", ["体裁"] = "Kind", ["主题分类"] = "Topic", ["暂无信息。"] = "Nothing published yet.",
        ["办公地址"] = "Address", ["办公时间"] = "Office hours", ["联系电话"] = "Phone", ["机构名称"] = "Office name",
        ["信息公开工作机构"] = "Office responsible for disclosure", ["按公开目录浏览"] = "Browse by disclosure catalogue",
        ["订阅本单位信息（Atom）"] = "Subscribe to this unit (Atom)", ["所属单位"] = "Subordinate units", ["最新公开信息"] = "Latest information",
        // Pager
        ["分页"] = "Pages", ["共 {0} 条，第 {1} / {2} 页"] = "{0} items, page {1} of {2}", ["上一页"] = "Previous",
        ["下一页"] = "Next", ["尾页"] = "Last", ["第{0}页"] = "Page {0}",
        // Item kinds (体裁) and validity
        ["一般信息"] = "General information", ["规章"] = "Regulation", ["行政规范性文件"] = "Normative document",
        ["政策解读"] = "Policy interpretation", ["办事指南"] = "Service guide", ["预决算"] = "Budget and final accounts",
        ["人事任免"] = "Appointments and removals", ["重大建设项目"] = "Major construction project",
        ["行政许可决定"] = "Licensing decision", ["行政处罚决定"] = "Penalty decision", ["行政强制决定"] = "Enforcement decision",
        ["有效"] = "In force", ["失效"] = "Lapsed", ["废止"] = "Repealed",
        // Item page
        ["信息元数据"] = "Metadata", ["索引号"] = "Index number", ["发布机构"] = "Issued by", ["文号"] = "Document number",
        ["成文日期"] = "Date written", ["发布日期"] = "Date published", ["有效性"] = "Validity", ["公开方式"] = "Disclosure",
        ["主动公开"] = "Proactive", ["关键词"] = "Keywords", ["内容概述"] = "Summary", ["附件"] = "Attachments",
        ["（联合发布："] = " (jointly with: ", ["（{0} 起失效）"] = " (not in force since {0})",
        ["办事指南要素"] = "Service guide", ["设定依据"] = "Legal basis", ["办理条件"] = "Conditions", ["办理程序"] = "Procedure",
        ["申请材料"] = "Documents required", ["收费依据及标准"] = "Fees and their basis", ["监督投诉电话"] = "Complaints phone",
        ["解读的政策文件："] = "Interprets: ", ["本信息为第 {0} 版（已修订），以本页内容为准。"] = "This is revision {0} (amended); this page is authoritative.",
        ["本信息为首次发布版本。"] = "This is the first published version.", ["打印本页"] = "Print this page", ["{0} 的更多信息"] = "More from {0}",
        ["（打印版）"] = " (print version)",
        // Search
        ["检索政府信息"] = "Search government information", ["检索词"] = "Search terms", ["发布日期从"] = "Published from", ["至"] = "to",
        ["排序"] = "Sort", ["按相关度"] = "By relevance", ["按发布时间"] = "By date", ["发布年份"] = "Year published",
        ["“{0}”的搜索结果"] = "Search results for “{0}”", ["找到 {0} 条结果"] = "{0} results", ["共 {0} 条信息"] = "{0} items",
        ["没有找到与“{0}”相关的信息，请尝试更换或减少检索词。"] = "Nothing found for “{0}”; try other or fewer search terms.",
        ["发布日期："] = "Published: ", ["索引号："] = "Index number: ",
        // Request form (依申请公开)
        ["政府信息公开申请"] = "Request for government information", ["申请已提交"] = "Request submitted",
        ["申请编号："] = "Request number: ", ["查询码："] = "Query code: ",
        ["（请妥善保存，凭申请编号和查询码查询办理进度）"] = " (keep it: with the request number it lets you check progress)",
        ["收到日期："] = "Received: ", ["答复期限："] = "Reply due: ", ["查询办理进度"] = "Check progress",
        ["根据《中华人民共和国政府信息公开条例》第二十九条，请填写以下内容。带 * 的为必填项。"] =
            "Under Article 29 of the Regulations of the People's Republic of China on Government Information Disclosure, please fill in the form below. Fields marked * are required.",
        ["受理机关"] = "Receiving authority", ["受理单位 *"] = "Receiving unit *", ["申请人信息"] = "Applicant",
        ["申请人类型 *"] = "Applicant type *", ["自然人"] = "Individual", ["商业企业"] = "Business", ["科研机构"] = "Research institution",
        ["社会公益组织"] = "Public-interest organisation", ["法律服务机构"] = "Legal services firm", ["其他组织"] = "Other organisation",
        ["姓名（法人或其他组织填联系人） *"] = "Name (for an organisation, the contact person) *", ["证件类型"] = "ID document type",
        ["居民身份证"] = "Resident identity card", ["护照"] = "Passport", ["港澳居民来往内地通行证"] = "Mainland travel permit for Hong Kong and Macao residents",
        ["台湾居民来往大陆通行证"] = "Mainland travel permit for Taiwan residents", ["外国人永久居留身份证"] = "Foreign permanent resident ID card",
        ["其他"] = "Other", ["证件号码（自然人必填）"] = "ID number (required for individuals)",
        ["单位名称（法人或其他组织必填）"] = "Organisation name (required for organisations)", ["统一社会信用代码"] = "Unified social credit code",
        ["电子邮箱"] = "Email", ["通信地址"] = "Postal address", ["所需信息"] = "Information requested",
        ["所需信息的名称或文号 *"] = "Title or document number of the information *", ["所需信息的内容描述"] = "Description of the information",
        ["获取信息的方式 *"] = "How you want to receive it *", ["电子邮件"] = "Email", ["邮寄"] = "Post", ["当面领取"] = "Collect in person",
        ["网上获取"] = "Online", ["传真"] = "Fax", ["提交申请"] = "Submit request",
        // Request status (办理进度)
        ["申请编号"] = "Request number", ["查询码"] = "Query code", ["查询"] = "Check", ["申请"] = "Request",
        ["未找到该申请，请核对申请编号和查询码。"] = "No such request; check the request number and query code.",
        ["受理机关："] = "Receiving authority: ", ["当前状态："] = "Status: ", ["办结日期："] = "Closed: ", ["办理结果："] = "Outcome: ",
        ["办理过程"] = "History",
        ["已收到，待受理"] = "Received, awaiting acceptance", ["办理中"] = "Being handled", ["待申请人补正"] = "Awaiting correction by the applicant",
        ["征求第三方或其他机关意见中"] = "Consulting third parties or other authorities", ["待缴纳信息处理费"] = "Awaiting the processing fee",
        ["已办结"] = "Closed",
        // Request outcomes (办理结果, the rows of the annual report's request table) and the timeline of the status page
        ["予以公开"] = "Disclosed", ["部分公开"] = "Partly disclosed",
        ["不予公开（属于国家秘密）"] = "Not disclosed (state secret)",
        ["不予公开（其他法律行政法规禁止公开）"] = "Not disclosed (forbidden by other laws or administrative regulations)",
        ["不予公开（危及“三安全一稳定”）"] = "Not disclosed (would endanger national, public, economic security or social stability)",
        ["不予公开（保护第三方合法权益）"] = "Not disclosed (protects the lawful rights of a third party)",
        ["不予公开（属于三类内部事务信息）"] = "Not disclosed (internal affairs information)",
        ["不予公开（属于四类过程性信息）"] = "Not disclosed (process information)",
        ["不予公开（属于行政执法案卷）"] = "Not disclosed (administrative enforcement files)",
        ["不予公开（属于行政查询事项）"] = "Not disclosed (a matter for administrative enquiry)",
        ["无法提供（本机关不掌握相关政府信息）"] = "Cannot be provided (this authority does not hold the information)",
        ["无法提供（没有现成信息需要另行制作）"] = "Cannot be provided (the information does not exist and would have to be created)",
        ["无法提供（补正后申请内容仍不明确）"] = "Cannot be provided (the request is still unclear after correction)",
        ["不予处理（信访举报投诉类申请）"] = "Not processed (a petition, report or complaint)",
        ["不予处理（重复申请）"] = "Not processed (repeated request)",
        ["不予处理（要求提供公开出版物）"] = "Not processed (asks for published material)",
        ["不予处理（无正当理由大量反复申请）"] = "Not processed (numerous repeated requests without good reason)",
        ["不予处理（要求行政机关确认或重新出具已获取信息）"] = "Not processed (asks to confirm or reissue information already obtained)",
        ["其他处理（申请人无正当理由逾期不补正）"] = "Other (the applicant did not correct the request in time without good reason)",
        ["其他处理（申请人逾期未按收费通知要求缴纳费用）"] = "Other (the applicant did not pay the fee in time)",
        ["其他处理（其他，含申请人撤回申请）"] = "Other (including withdrawal by the applicant)",
        ["{0}收到您的申请"] = "{0} received your request", ["作出答复：{0}"] = "Replied: {0}",
        ["延长答复期限{0}个工作日"] = "Reply period extended by {0} working days",
        ["发出收费通知，信息处理费{0}元"] = "Fee notice sent: processing fee {0} yuan", ["减免信息处理费{0}元"] = "Processing fee reduced by {0} yuan",
        ["一次性告知申请人补正"] = "Applicant asked to correct the request", ["受理申请"] = "Request accepted",
        ["收到补正材料"] = "Correction received", ["征求第三方或其他机关意见"] = "Third parties or other authorities consulted",
        ["收到第三方或其他机关意见"] = "Opinion of third parties or other authorities received", ["缴纳信息处理费"] = "Processing fee paid",
        ["申请人撤回申请"] = "Request withdrawn by the applicant",
        // Validation of the request form (the API keeps its Chinese problem details)
        ["{0}不能为空"] = "{0} is required", ["{0}不能超过{1}个字符"] = "{0} must not be longer than {1} characters",
        ["{0}“{1}”无效，应为：{2}"] = "{0} “{1}” is not valid; allowed: {2}", ["受理单位“{0}”不存在"] = "There is no receiving unit “{0}”",
        ["受理单位"] = "Receiving unit", ["申请人类型"] = "Applicant type", ["申请人姓名"] = "Applicant name", ["联系人姓名"] = "Contact name",
        ["证件号码"] = "ID number", ["所需信息的名称或文号"] = "Title or document number of the information",
        ["所需信息的名称"] = "Title of the information", ["所需信息的描述"] = "Description of the information",
        ["获取信息的方式"] = "How to receive it",
        ["居民身份证号码不正确（应为18位，且校验码符合GB 11643）"] = "The resident ID number is not valid (18 characters with a GB 11643 check digit)",
        ["统一社会信用代码不正确（应为18位，且校验码符合GB 32100）"] = "The unified social credit code is not valid (18 characters with a GB 32100 check digit)",
        ["请至少填写一种联系方式（电话、电子邮箱或通信地址）"] = "Give at least one way to contact you (phone, email or postal address)",
        ["电子邮箱格式不正确"] = "The email address is not valid",
        // Rating form and page (社会评议)
        ["您对本次申请的答复满意吗？"] = "Are you satisfied with the reply to your request?", ["您对这条信息满意吗？"] = "Are you satisfied with this information?",
        ["评价"] = "Your rating", ["满意"] = "Satisfied", ["基本满意"] = "Fairly satisfied", ["不满意"] = "Not satisfied",
        ["意见建议（选填，审核后公开；请勿填写身份证号、电话等个人信息，系统会自动遮盖）"] =
            "Comments (optional, published after review; do not include ID numbers, phone numbers or other personal data, which are masked automatically)",
        ["提交评价"] = "Submit rating", ["社会评议"] = "Public rating", ["评价对象："] = "Rating: ", ["感谢您的评价"] = "Thank you for your rating",
        ["您的评价："] = "Your rating: ", ["您的意见将在审核后公开："] = "Your comment will be published after review: ", ["公众意见"] = "Public comments",
        ["政府信息公开申请 {0} 的答复"] = "the reply to request {0}",
        // Guide (指南) headings and table labels; the legal text itself stays Chinese
        ["选择单位"] = "Choose a unit", ["查看其他单位的指南"] = "Guide of another unit", ["查看"] = "Show",
        ["一、主动公开"] = "1. Proactive disclosure", ["（一）公开范围"] = "(1) Scope", ["（二）公开方式和时限"] = "(2) Channels and time limits",
        ["二、依申请公开"] = "2. Disclosure on request", ["（一）受理机构"] = "(1) Receiving office", ["受理机构联系方式"] = "Receiving office contacts",
        ["传真号码"] = "Fax", ["邮政编码"] = "Post code", ["法定工作日"] = "Working days", ["（二）申请方式"] = "(2) How to apply",
        ["（三）申请内容"] = "(3) What a request contains", ["（四）处理程序和期限"] = "(4) Procedure and time limits", ["（五）收费"] = "(5) Fees",
        ["三、监督和救济"] = "3. Oversight and remedies", ["四、其他说明"] = "4. Other notes",
        // Rules (制度) headings
        ["一、政府信息公开工作机构和职责"] = "1. Disclosure offices and their duties", ["二、主动公开制度"] = "2. Proactive disclosure",
        ["三、依申请公开制度"] = "3. Disclosure on request", ["四、公开前审查制度"] = "4. Review before disclosure",
        ["五、政策解读制度"] = "5. Policy interpretation", ["六、信息发布协调和更新制度"] = "6. Coordination and updating",
        ["七、监督考核和责任追究制度"] = "7. Oversight, assessment and accountability",
        // Annual reports (年报)
        ["政府信息公开工作年度报告"] = "Annual reports on government information disclosure", ["暂无已发布的年度报告。"] = "No annual report published yet.",
        ["{0}年度"] = "{0}", ["{0}年政府信息公开工作年度报告"] = " annual report on government information disclosure {0}",
        ["（{0}发布{1}）"] = " (published {0}{1})", ["，第{0}版"] = ", edition {0}", ["位置"] = "You are here",
        ["第{0}版（更正说明：{1}）"] = "Edition {0} (correction: {1})", ["下载："] = "Download: ", ["其他版本："] = "Other editions: ", ["第{0}版"] = "Edition {0}",
        // Open data (开放数据)
        ["政府信息公开目录（CSV）"] = "Disclosure catalogue (CSV)",
        ["：全部已公开信息的索引号、标题、发布机构、文号、主题分类、公开目录、成文日期、发布日期、有效性和链接。"] =
            ": index number, title, issuer, document number, topic, catalogue node, dates written and published, validity and link of every published item.",
        ["政府信息公开目录（JSON）"] = "Disclosure catalogue (JSON)", ["：内容同上。"] = ": the same content.",
        ["最新公开信息订阅（Atom）"] = "Latest disclosures feed (Atom)", ["；各单位和各公开目录的订阅见相应页面。"] = "; feeds of each unit and catalogue node are on their pages.",
        ["网站地图（sitemap.xml）"] = "Site map (sitemap.xml)", ["应用程序接口："] = "API: ", ["接口文档"] = "API documentation",
    };
}

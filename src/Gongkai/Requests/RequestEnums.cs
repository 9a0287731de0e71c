namespace Gongkai.Requests;

/// <summary>How the request came in (条例 第三十一条 fixes the receipt date per channel).</summary>
public enum RequestChannel
{
    Online,
    Letter,
    InPerson,
    Fax,
    Email,
}

/// <summary>The six applicant columns of the annual report's request table.</summary>
public enum ApplicantType
{
    Natural,
    Commercial,
    Research,
    PublicWelfare,
    LegalService,
    OtherOrg,
}

/// <summary>The identity document of a natural person.</summary>
public enum IdType
{
    ResidentId,
    Passport,
    HkMacaoPass,
    TaiwanPass,
    ForeignPermanentResident,
    Other,
}

/// <summary>获取信息的方式 (the form and way of delivery).</summary>
public enum DeliveryMethod
{
    Email,
    Post,
    Pickup,
    Online,
    Fax,
}

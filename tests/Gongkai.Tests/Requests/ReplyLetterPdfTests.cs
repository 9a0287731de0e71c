using System.Diagnostics;
using System.Text;
using Gongkai.Requests;

namespace Gongkai.Tests.Requests;

public sealed class ReplyLetterPdfTests
{
    private static readonly ReplyLetterText Letter = new("政府信息公开申请答复告知书", "（YSQ-2024-000007）",
        ["张三：", "本机关于2024年9月27日收到您（单位）提出的政府信息公开申请，申请获取“2024年县级财政预算执行情况”。经审查，现答复如下：",
            ReplyLetterText.Decision("3.2"), ReplyLetterText.Remedies, "特此告知。"],
        "方正县人民政府", "2024年10月8日");

    [Fact]
    public void The_pdf_holds_every_line_with_the_signature_and_date_on_the_right()
    {
        var pdf = RenderReplyLetterPdf.Build(Letter);
        var layout = PdfToText(pdf, "-layout");
        var squeezed = string.Concat(layout.Where(c => !char.IsWhiteSpace(c)));
        foreach (var line in Letter.Body.Prepend(Letter.Reference).Prepend(Letter.Title))
        {
            Assert.Contains(string.Concat(line.Where(c => !char.IsWhiteSpace(c))), squeezed);
        }
        var lines = layout.Split('\n');
        var signature = lines.Single(l => l.Contains("方正县人民政府"));
        var salutation = lines.Single(l => l.TrimStart().StartsWith("张三：", StringComparison.Ordinal));
        Assert.True(Indent(signature) > Indent(salutation) + 20, $"signature not on the right: '{signature}'");
        Assert.True(Indent(lines.Single(l => l.Contains("2024年10月8日"))) > Indent(salutation) + 20);
        Assert.Contains("— 1 —", layout);
    }

    private static int Indent(string line) => line.Length - line.TrimStart().Length;

    private static string PdfToText(byte[] pdf, string mode)
    {
        var path = Path.Combine(Path.GetTempPath(), $"gongkai-letter-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", [mode, "-enc", "UTF-8", path, "-"])
            {
                RedirectStandardOutput = true, StandardOutputEncoding = Encoding.UTF8,
            })!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
            return text;
        }
        finally
        {
            File.Delete(path);
        }
    }
}

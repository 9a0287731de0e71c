using Gongkai.Catalog;

namespace Gongkai.Tests.Catalog;

public class IndexNumberFormatTests
{
    private static readonly IndexNumberParts Parts = new("11230124MB1631138U", "MB1631138", "230124", new DateOnly(2024, 10, 8), "art20-01", 222);

    [Theory]
    [InlineData(IndexNumberFormat.Default, "MB1631138/2024-00222")]
    [InlineData("{uscc}/{yyyymm}-{seq:5}", "11230124MB1631138U/202410-00222")]
    [InlineData("{region}/{yyyy}-{seq:6}", "230124/2024-000222")]
    [InlineData("{orgcode}-{yyyy}-{seq}", "MB1631138-2024-00222")]
    [InlineData("{orgcode}/{category}/{yyyy}-{seq:3}", "MB1631138/art20-01/2024-222")]
    public void Formats_the_tokens(string pattern, string expected) =>
        Assert.Equal(expected, IndexNumberFormat.Format(pattern, Parts));

    [Theory]
    [InlineData("{orgcode}/{yyyy}", "流水号")]
    [InlineData("{orgcode}/{foo}-{seq:5}", "{foo}")]
    [InlineData("{orgcode/{seq:5}", "格式有误")]
    public void Rejects_unusable_patterns(string pattern, string problem) =>
        Assert.Contains(IndexNumberFormat.Problems(pattern), p => p.Contains(problem, StringComparison.Ordinal));

    [Fact]
    public void Accepts_the_default() => Assert.Empty(IndexNumberFormat.Problems(IndexNumberFormat.Default));

    [Fact]
    public void Standard_catalog_has_the_statutory_nodes()
    {
        var nodes = StandardCatalog.Nodes;
        Assert.Equal(15, nodes.Count(n => n.ParentCode == "art20"));
        Assert.Equal(15, nodes.Count(n => n.ParentCode == "art21"));
        Assert.Equal(26, nodes.Count(n => n.ParentCode == "areas"));
        Assert.Equal(5, nodes.Count(n => n.ParentCode == "seed"));
        Assert.Equal(nodes.Count, nodes.Select(n => n.Code).Distinct().Count());
    }
}

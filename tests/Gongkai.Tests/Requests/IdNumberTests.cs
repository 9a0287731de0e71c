using Gongkai.Requests;

namespace Gongkai.Tests.Requests;

public sealed class IdNumberTests
{
    [Theory]
    [InlineData("11010519491231002X", true)]
    [InlineData("11010519491231002x", true)]
    [InlineData("110105194912310021", false)] // wrong check character
    [InlineData("11010519491331002X", false)] // month 13
    [InlineData("1101051949123100", false)]
    [InlineData("11010519491231A02X", false)]
    [InlineData(null, false)]
    public void Resident_id_check(string? number, bool valid) =>
        Assert.Equal(valid, IdNumber.IsValidResidentId(number));
}

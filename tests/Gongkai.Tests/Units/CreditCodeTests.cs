using Gongkai.Units;

namespace Gongkai.Tests.Units;

public sealed class CreditCodeTests
{
    [Theory]
    [InlineData("11341702486344515H", true)]
    [InlineData("11370812004339255B", true)]
    [InlineData("11341702486344515J", false)]
    [InlineData("1134170248634451H", false)]
    [InlineData("11AB1702486344515H", false)]
    [InlineData(null, false)]
    public void Validates_the_GB_32100_check_character(string? code, bool valid) =>
        Assert.Equal(valid, CreditCode.IsValid(code));

    [Theory]
    [InlineData("00001434", '9')]
    [InlineData("01441633", '0')]
    [InlineData("48634451", '5')]
    public void Computes_the_organisation_code_check(string body, char check) =>
        Assert.Equal(check, CreditCode.OrgCheckCharacter(body));

    [Fact]
    public void Built_organ_codes_are_valid() =>
        Assert.True(CreditCode.IsValid(CreditCode.ForOrgan("230124", "01007919")));
}

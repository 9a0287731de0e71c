using Gongkai.Requests;

namespace Gongkai.Tests.Requests;

public sealed class InformationFeeTests
{
    [Theory]
    [InlineData(10, 0)]
    [InlineData(11, 100_00)]
    [InlineData(30, 2_000_00)]
    [InlineData(31, 2_200_00)]
    [InlineData(40, 4_000_00)]
    [InlineData(41, 4_300_00)]
    [InlineData(45, 5_500_00)] // DOMAIN.md §1.4 worked example: 5,500元
    public void Per_request_totals_in_a_month(int requests, long fen) =>
        Assert.Equal(fen, InformationFee.PerRequestTotal(requests));

    [Theory]
    [InlineData(10, 0)]
    [InlineData(11, 100_00)]
    [InlineData(31, 200_00)]
    [InlineData(41, 300_00)]
    [InlineData(51, 400_00)]
    public void The_nth_request_of_the_month(int n, long fen) =>
        Assert.Equal(fen, InformationFee.Compute(FeeBasis.PerRequest, n));

    [Theory]
    [InlineData(30, 0)]
    [InlineData(31, 10_00)]
    [InlineData(100, 700_00)]
    [InlineData(101, 720_00)]
    [InlineData(200, 2_700_00)]
    [InlineData(250, 4_700_00)] // DOMAIN.md §1.4 worked example: 4,700元
    public void Per_page(int pages, long fen) =>
        Assert.Equal(fen, InformationFee.Compute(FeeBasis.PerPage, pages));
}

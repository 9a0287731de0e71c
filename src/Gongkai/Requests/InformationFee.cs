namespace Gongkai.Requests;

/// <summary>How an information-processing fee is computed; one basis per request, never both (办法 第三条).</summary>
public enum FeeBasis
{
    PerRequest,
    PerPage,
}

/// <summary>
/// 信息处理费 (国办函〔2020〕109号), progressive scales, amounts in fen (分). Pure.
/// 按件: within one natural month, requests 1–10 free, 11–30 at 100元, then each band of 10 costs 100元 more per request.
/// 按量: pages 1–30 free, 31–100 at 10元, 101–200 at 20元, 201+ at 40元.
/// </summary>
public static class InformationFee
{
    private const long Yuan = 100;

    /// <summary>Total fee for <paramref name="requests"/> requests by one applicant in one month.</summary>
    public static long PerRequestTotal(int requests)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(requests);
        long total = 0;
        for (var n = 11; n <= requests; n++)
        {
            total += RateOfRequest(n);
        }
        return total;
    }

    /// <summary>The fee of the n-th request of the month (1-based).</summary>
    public static long RateOfRequest(int n) => n switch
    {
        <= 10 => 0,
        <= 30 => 100 * Yuan,
        _ => (100 + 100 * ((n - 31) / 10 + 1)) * Yuan,
    };

    /// <summary>Fee for a reply of <paramref name="pages"/> pages.</summary>
    public static long PerPage(int pages)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(pages);
        long total = 0;
        total += Band(pages, 30, 100) * 10 * Yuan;
        total += Band(pages, 100, 200) * 20 * Yuan;
        total += Band(pages, 200, int.MaxValue) * 40 * Yuan;
        return total;
    }

    /// <summary>The fee of one request: its rank in the month for 按件, its page count for 按量.</summary>
    public static long Compute(FeeBasis basis, int quantity) => basis switch
    {
        FeeBasis.PerRequest => RateOfRequest(quantity),
        FeeBasis.PerPage => PerPage(quantity),
    };

    private static long Band(int pages, int above, int upTo) => Math.Max(0, Math.Min(pages, upTo) - above);
}

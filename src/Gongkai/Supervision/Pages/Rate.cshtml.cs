using Gongkai.Catalog;
using Gongkai.Data;
using Gongkai.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Supervision.Pages;

public sealed class RatingForm
{
    public long? ItemId { get; set; }
    public string? RequestNumber { get; set; }
    public string? QueryCode { get; set; }
    public string? Level { get; set; }
    public string? Comment { get; set; }
}

/// <summary>The public rating page (社会评议): GET shows the form for ?item= or ?request=; POST records the rating (CSRF-protected, rate-limited).</summary>
[EnableRateLimiting(WebInfrastructure.PublicFormsPolicy)]
public sealed class RateModel(AppDbContext db, SubmitRating submit, ModerateRatings ratings, Texts texts) : PageModel
{
    [BindProperty] public RatingForm Form { get; set; } = new();
    public RatingReceipt? Receipt { get; private set; }
    public string? Title { get; private set; }
    public string? LevelName { get; private set; }
    public List<PublicComment> Comments { get; private set; } = [];

    public async Task OnGetAsync(long? item, string? request)
    {
        Form.ItemId = item;
        Form.RequestNumber = request;
        await LoadAsync();
    }

    public async Task OnPostAsync()
    {
        try
        {
            Receipt = await submit.RunAsync(new RatingInput(Form.ItemId, Form.RequestNumber, Form.QueryCode, Form.Level, Form.Comment));
            LevelName = Rating.Chinese(SubmitRating.ParseLevel(Form.Level)!.Value);
        }
        catch (ValidationException e)
        {
            foreach (var (field, messages) in e.Errors)
            {
                messages.ToList().ForEach(m => ModelState.AddModelError(field, m));
            }
        }
        catch (DomainException e) when (e is NotFoundException or ConflictException)
        {
            ModelState.AddModelError("", e.Message);
        }
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        if (Form.ItemId is { } id)
        {
            Title = await db.Items.AsNoTracking().Where(i => i.Id == id && i.Status == ItemStatus.Published).Select(i => i.Title).SingleOrDefaultAsync()
                ?? throw new NotFoundException("该信息不存在或未公开");
            Comments = await ratings.ApprovedForItemAsync(id);
        }
        else if (Form.RequestNumber is { } number)
        {
            Title = texts.Format("政府信息公开申请 {0} 的答复", number);
        }
    }
}

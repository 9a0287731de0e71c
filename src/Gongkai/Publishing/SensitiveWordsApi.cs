using Gongkai.Accounts;
using Gongkai.Data;
using Gongkai.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Publishing;

/// <summary>The editable sensitive-word list (administrators).</summary>
internal static class SensitiveWordsApi
{
    public static void Map(WebApplication app)
    {
        var words = app.MapGroup("/api/v1/sensitive-words").WithTags("Publishing").RequireAuthorization(p => p.RequireRole(Roles.Admin))
            .DisableAntiforgery();
        words.MapGet("/", async (AppDbContext db) => TypedResults.Ok(await db.SensitiveWords.AsNoTracking().OrderBy(w => w.Word).ToListAsync()));
        words.MapPost("/", async (SensitiveWordInput input, AppDbContext db) =>
        {
            var word = input.Word?.Trim();
            if (string.IsNullOrEmpty(word) || word.Length > 50)
            {
                throw ValidationException.For("word", "敏感词不能为空，且不超过50个字符");
            }
            if (await db.SensitiveWords.AnyAsync(w => w.Word == word))
            {
                throw new ConflictException($"敏感词“{word}”已存在");
            }
            var row = new SensitiveWord { Word = word, Note = input.Note };
            db.SensitiveWords.Add(row);
            await db.SaveChangesAsync();
            return TypedResults.Created($"/api/v1/sensitive-words/{row.Id}", row);
        });
        words.MapDelete("/{id:int}", async (int id, AppDbContext db) =>
        {
            var row = await db.SensitiveWords.SingleOrDefaultAsync(w => w.Id == id) ?? throw new NotFoundException("敏感词不存在");
            db.SensitiveWords.Remove(row);
            await db.SaveChangesAsync();
            return TypedResults.NoContent();
        });
    }
}

internal sealed record SensitiveWordInput(string? Word, string? Note);

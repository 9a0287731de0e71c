using Gongkai.Accounts;
using Gongkai.Data;
using Gongkai.Infrastructure;
using Gongkai.Portal.Items;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Attachments;

internal static class AttachmentsApi
{
    public static IServiceCollection AddAttachments(this IServiceCollection services)
    {
        services.AddOptions<AttachmentOptions>().BindConfiguration(AttachmentOptions.Section)
            .Validate(o => o.MaxBytes > 0, "Attachments:MaxBytes must be positive").ValidateOnStart();
        services.AddScoped<ReadUpload>();
        services.AddScoped<AttachToItem>();
        services.AddScoped<AttachToRequest>();
        services.AddScoped<PageUploadLimit>();
        services.AddOptions<Microsoft.AspNetCore.Mvc.RazorPages.RazorPagesOptions>().Configure(o => o.Conventions.AddPageApplicationModelConvention(
            "/Admin/Items/Edit", page => page.Filters.Add(new Microsoft.AspNetCore.Mvc.ServiceFilterAttribute(typeof(PageUploadLimit)) { Order = int.MinValue })));
        services.AddOptions<Microsoft.AspNetCore.Mvc.RazorPages.RazorPagesOptions>().Configure(o => o.Conventions.AddPageApplicationModelConvention(
            "/Admin/Requests/Detail", page => page.Filters.Add(new Microsoft.AspNetCore.Mvc.ServiceFilterAttribute(typeof(PageUploadLimit)) { Order = int.MinValue })));
        return services;
    }

    public static void MapAttachmentsApi(this WebApplication app)
    {
        var items = app.MapGroup("/api/v1/items/{id:long}/attachments").WithTags("Attachments").RequireAuthorization().DisableAntiforgery();
        items.MapPost("/", async (long id, HttpContext http, ReadUpload read, AttachToItem attach, AppDbContext db) =>
        {
            await attach.EnsureEditableAsync(id, http.User);
            var upload = await read.RunAsync(http);
            var attachment = await attach.AddAsync(id, InspectUpload.Run(upload.FileName, upload.Bytes, read.MaxBytes), http.User);
            var view = (await ListAttachments.ForItemAsync(db, id)).Single(a => a.Id == attachment.Id);
            return TypedResults.Created($"/api/v1/items/{id}/attachments/{attachment.Id}", view);
        }).Accepts<IFormFile>("multipart/form-data");
        items.MapGet("/", async (long id, AppDbContext db, UnitAccess access, HttpContext http) =>
        {
            await EnsureItemReaderAsync(db, access, http, id);
            return TypedResults.Ok(await ListAttachments.ForItemAsync(db, id));
        });
        items.MapGet("/{attachmentId:long}", async (long id, long attachmentId, AppDbContext db, UnitAccess access, HttpContext http) =>
        {
            await EnsureItemReaderAsync(db, access, http, id);
            var file = await ListAttachments.FileAsync(db, attachmentId, q => q.Where(a => a.ItemId == id)) ?? throw new NotFoundException($"附件 {attachmentId} 不存在");
            return ListAttachments.Download(http, file.Meta, file.Bytes);
        });
        items.MapDelete("/{attachmentId:long}", async (long id, long attachmentId, AttachToItem attach, HttpContext http) =>
        {
            await attach.RemoveAsync(id, attachmentId, http.User);
            return TypedResults.NoContent();
        });

        var requests = app.MapGroup("/api/v1/requests/{number}/attachments").WithTags("Attachments").RequireAuthorization().DisableAntiforgery();
        requests.MapPost("/", async (string number, HttpContext http, ReadUpload read, AttachToRequest attach, AppDbContext db) =>
        {
            var (requestId, _) = await attach.FindAsync(number, http.User, Roles.RequestOfficer);
            var upload = await read.RunAsync(http);
            var file = InspectUpload.Run(upload.FileName, upload.Bytes, read.MaxBytes);
            var attachment = await attach.AddAsync(number, upload.Form["purpose"].ToString(), file, http.User);
            var view = (await ListAttachments.ForRequestAsync(db, requestId)).Single(a => a.Id == attachment.Id);
            return TypedResults.Created($"/api/v1/requests/{number}/attachments/{attachment.Id}", view);
        }).Accepts<IFormFile>("multipart/form-data");
        requests.MapGet("/", async (string number, AttachToRequest attach, AppDbContext db, HttpContext http) =>
        {
            var (requestId, _) = await attach.FindAsync(number, http.User, AttachToRequest.Readers);
            return TypedResults.Ok(await ListAttachments.ForRequestAsync(db, requestId));
        });
        requests.MapGet("/{attachmentId:long}", async (string number, long attachmentId, AttachToRequest attach, AppDbContext db, HttpContext http) =>
        {
            var (requestId, _) = await attach.FindAsync(number, http.User, AttachToRequest.Readers);
            var file = await ListAttachments.FileAsync(db, attachmentId, q => q.Where(a => a.RequestId == requestId)) ?? throw new NotFoundException($"附件 {attachmentId} 不存在");
            return ListAttachments.Download(http, file.Meta, file.Bytes);
        });
        requests.MapDelete("/{attachmentId:long}", async (string number, long attachmentId, AttachToRequest attach, HttpContext http) =>
        {
            await attach.RemoveAsync(number, attachmentId, http.User);
            return TypedResults.NoContent();
        });

        // Anonymous downloads: only files of an item the public may see now; request files never.
        foreach (var route in new[] { "/xxgk/items/{id:long}/attachments/{attachmentId:long}", "/api/v1/public/items/{id:long}/attachments/{attachmentId:long}" })
        {
            app.MapGet(route, async (long id, long attachmentId, AppDbContext db, TimeProvider time, HttpContext http) =>
            {
                var visible = await PublicItems.Visible(db, time.GetUtcNow().UtcDateTime).AnyAsync(i => i.Id == id);
                var file = visible ? await ListAttachments.FileAsync(db, attachmentId, q => q.Where(a => a.ItemId == id)) : null;
                return file is { } f ? ListAttachments.Download(http, f.Meta, f.Bytes) : throw new NotFoundException("附件不存在或所属信息未公开");
            }).AllowAnonymous().WithTags("Public");
        }
    }

    private static async Task EnsureItemReaderAsync(AppDbContext db, UnitAccess access, HttpContext http, long id)
    {
        var unitId = await db.Items.Where(i => i.Id == id).Select(i => (int?)i.UnitId).SingleOrDefaultAsync() ?? throw new NotFoundException($"信息 {id} 不存在");
        await access.EnsureAsync(http.User, unitId);
    }
}

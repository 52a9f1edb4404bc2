using System.Globalization;
using AdaptiveLearning.Application.Admin;
using AdaptiveLearning.Application.Admin.ExportAuditLog;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Domain.Common;
using FastEndpoints;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace AdaptiveLearning.Api.Features.Admin.ExportAuditLog;

/// <summary>Every matching entry in one download, streamed page by page; the same filters as the audit list.</summary>
internal sealed class ExportAuditLogEndpoint(IHandler<ExportAuditLogQuery, IAsyncEnumerable<AuditLogEntry>> handler, IOptions<JsonOptions> json)
    : Endpoint<ExportAuditLogRequest>
{
    public const string Header = "id,occurred_at,kind,user_id,actor_id,client,detail";

    public override void Configure()
    {
        Get(ExportAuditLogRequest.Route);
        Roles(Security.Roles.Admin);
        Options(x => x.WithTags("Admin"));
        Summary(s => s.Summary = "Export the security audit log as CSV or JSON, newest first (admins)");
        Description(x => x.Produces<IReadOnlyList<AuditLogEntry>>(200, "application/json", "text/csv")
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403), clearDefaults: true);
    }

    public override async Task HandleAsync(ExportAuditLogRequest req, CancellationToken ct)
    {
        var entries = await handler.HandleAsync(new ExportAuditLogQuery(req.UserId, AuditFilterRules.Kind(req), req.From, req.To), ct);
        var response = HttpContext.Response;
        if (req.Format == "json")
        {
            await response.WriteAsJsonAsync(entries, json.Value.SerializerOptions, ct);
            return;
        }
        response.ContentType = "text/csv";
        response.Headers.ContentDisposition = "attachment; filename=\"security-audit.csv\"";
        await using var writer = new StreamWriter(response.Body, leaveOpen: true);
        await writer.WriteAsync(Header + "\n");
        await foreach (var e in entries.WithCancellation(ct))
            await writer.WriteAsync(string.Join(',', e.Id.ToString(CultureInfo.InvariantCulture),
                e.OccurredAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
                WireNames.Of(e.Kind), e.UserId?.ToString() ?? "", e.ActorId?.ToString() ?? "", Field(e.Client), Field(e.Detail)) + "\n");
    }

    /// <summary>
    /// Quotes what would break the row, and defuses text a spreadsheet would run as a formula: a failed login stores
    /// the login as typed, so a stranger chooses it.
    /// </summary>
    private static string Field(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return "";
        if (text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
            text = "'" + text;
        return text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
    }
}

using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Admin.ListAuditLog;

internal sealed class ListAuditLogHandler(IAuditLogQueries log) : IHandler<ListAuditLogQuery, AuditLogPage>
{
    public async Task<AuditLogPage> HandleAsync(ListAuditLogQuery request, CancellationToken ct)
    {
        var spec = new AuditLogSpecification(request.UserId, request.Kind, request.From, request.To,
            KeysetCursor.DecodeOrThrow(request.Cursor, "cursor"),
            Math.Clamp(request.Limit ?? AuditLogSpecification.DefaultLimit, 1, AuditLogSpecification.MaxLimit));
        var page = await log.ListAsync(spec, ct);
        return new AuditLogPage(page.Items, page.Next?.Encode());
    }
}

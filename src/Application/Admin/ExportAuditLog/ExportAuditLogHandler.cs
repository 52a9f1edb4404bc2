using System.Runtime.CompilerServices;
using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Admin.ExportAuditLog;

/// <summary>Streams the matching entries page by page, so an export of any size holds one page in memory.</summary>
internal sealed class ExportAuditLogHandler(IAuditLogQueries log) : IHandler<ExportAuditLogQuery, IAsyncEnumerable<AuditLogEntry>>
{
    public Task<IAsyncEnumerable<AuditLogEntry>> HandleAsync(ExportAuditLogQuery request, CancellationToken ct) =>
        Task.FromResult(StreamAsync(request, ct));

    private async IAsyncEnumerable<AuditLogEntry> StreamAsync(ExportAuditLogQuery request, [EnumeratorCancellation] CancellationToken ct)
    {
        var spec = new AuditLogSpecification(request.UserId, request.Kind, request.From, request.To, Limit: AuditLogSpecification.MaxLimit);
        for (KeysetCursor? after = null; ; )
        {
            var page = await log.ListAsync(spec with { After = after }, ct);
            foreach (var entry in page.Items)
                yield return entry;
            if (page.Next is not { } next)
                yield break;
            after = next;
        }
    }
}

using AdaptiveLearning.Application.Admin;
using AdaptiveLearning.Application.Admin.ListAuditLog;
using AdaptiveLearning.Application.Common;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Admin.ListAuditLog;

internal sealed class ListAuditLogEndpoint(IHandler<ListAuditLogQuery, AuditLogPage> handler) : Endpoint<ListAuditLogRequest, AuditLogPage>
{
    public override void Configure()
    {
        Get(ListAuditLogRequest.Route);
        Roles(Security.Roles.Admin);
        Options(x => x.WithTags("Admin"));
        Summary(s => s.Summary = "The security audit log, newest first: logins, failures, throttling, role and activation changes, exports (admins)");
        Description(x => x.Produces<AuditLogPage>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(403), clearDefaults: true);
    }

    public override async Task HandleAsync(ListAuditLogRequest req, CancellationToken ct) =>
        await Send.OkAsync(await handler.HandleAsync(
            new ListAuditLogQuery(req.UserId, AuditFilterRules.Kind(req), req.From, req.To, req.Cursor, req.Limit), ct), ct);
}

using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Exports;
using AdaptiveLearning.Application.Exports.GetExport;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Exports.GetExport;

internal sealed class GetExportEndpoint(IHandler<GetExportQuery, ExportJobView> handler) : EndpointWithoutRequest<ExportJobView>
{
    public const string Route = "/exports/{id}";

    public override void Configure()
    {
        Get(Route);
        Roles(Security.Roles.Author, Security.Roles.Reviewer, Security.Roles.Admin);
        Options(x => x.WithTags("Exports"));
        Summary(s => s.Summary = "An export job's status and, once finished, its counts or error (its creator and admins only)");
        Description(x => x.Produces<ExportJobView>().ProducesProblem(401).ProducesProblem(403).ProducesProblem(404), clearDefaults: true);
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        var id = ExportRoute.Id(this);
        await Send.OkAsync(await handler.HandleAsync(new GetExportQuery(id, ExportRoute.VisibleTo(User)), ct), ct);
    }
}

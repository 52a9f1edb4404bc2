using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Imports.GetImport;
using AdaptiveLearning.Application.Imports;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Imports.GetImport;

internal sealed class GetImportEndpoint(IHandler<GetImportQuery, ImportJobView> handler) : EndpointWithoutRequest<ImportJobView>
{
    public const string Route = "/imports/{id}";

    public override void Configure()
    {
        Get(Route);
        Roles(Security.Roles.Author, Security.Roles.Admin);
        Options(x => x.WithTags("Imports"));
        Summary(s => s.Summary = "An import job's status and, once finished, its report");
        Description(x => x.Produces<ImportJobView>().ProducesProblem(401).ProducesProblem(403).ProducesProblem(404), clearDefaults: true);
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        if (!Guid.TryParse(Route<string>("id"), out var id))
            throw new ProblemException(Problems.NotFound, "No import has this id.");
        await Send.OkAsync(await handler.HandleAsync(new GetImportQuery(id, User.IsInRole(Security.Roles.Admin) ? null : User.UserId()), ct), ct);
    }
}

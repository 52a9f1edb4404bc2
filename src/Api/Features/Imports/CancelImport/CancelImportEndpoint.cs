using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Imports;
using AdaptiveLearning.Application.Imports.CancelImport;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Imports.CancelImport;

/// <summary>200 with the cancelled job when it was queued; 202 with the running job when it has been asked to stop.</summary>
internal sealed class CancelImportEndpoint(IHandler<CancelImportCommand, ImportJobView> handler) : EndpointWithoutRequest<ImportJobView>
{
    public const string Route = "/imports/{id}/cancel";

    public override void Configure()
    {
        Post(Route);
        Roles(Security.Roles.Author, Security.Roles.Admin);
        Options(x => x.WithTags("Imports"));
        Summary(s => s.Summary = "Cancel an import: a queued one at once (200), a running one at its next batch (202); committed batches stay");
        Description(x => x.Produces<ImportJobView>().Produces<ImportJobView>(202).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404)
            .ProducesProblem(409), clearDefaults: true);
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        if (!Guid.TryParse(Route<string>("id"), out var id))
            throw new ProblemException(Problems.NotFound, "No import has this id.");
        var job = await handler.HandleAsync(new CancelImportCommand(id, User.IsInRole(Security.Roles.Admin) ? null : User.UserId()), ct);
        await Send.ResponseAsync(job, job.Status == ImportJobStatus.Cancelled ? StatusCodes.Status200OK : StatusCodes.Status202Accepted, ct);
    }
}

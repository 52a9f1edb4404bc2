using AdaptiveLearning.Api.Features.Exports.GetExport;
using AdaptiveLearning.Api.Http;
using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Exports;
using AdaptiveLearning.Application.Exports.StartExport;
using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.Content;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Exports.StartExport;

/// <summary>Starts a background export of the bank or a subtree; poll the returned job, then download its zip.</summary>
internal sealed class StartExportEndpoint(IHandler<StartExportCommand, ExportJobView> handler) : Endpoint<StartExportRequest, ExportJobView>
{
    public override void Configure()
    {
        Post(StartExportRequest.Route);
        Roles(Security.Roles.Author, Security.Roles.Reviewer, Security.Roles.Admin);
        Options(x => x.WithTags("Exports"));
        Summary(s => s.Summary = "Export questions as a zip in the import format (runs in the background)");
        Description(x => x.Produces<ExportJobView>(202).ProducesProblem(400).ProducesProblem(401).ProducesProblem(403)
            .ProducesProblem(404).ProducesProblem(429), clearDefaults: true);
    }

    public override async Task HandleAsync(StartExportRequest req, CancellationToken ct)
    {
        QuestionStatus? status = null;
        if (req.Status is not null)
        {
            if (!WireNames.TryParse(req.Status, out QuestionStatus parsed))
                throw ProblemException.Field("status", $"Use one of: {string.Join(", ", WireNames.All<QuestionStatus>())}.");
            status = parsed;
        }
        var job = await handler.HandleAsync(new StartExportCommand(req.Node, status, req.Format, User.UserId()), ct);
        LocationHeader.Set(HttpContext, GetExportEndpoint.Route.Replace("{id}", job.Id.ToString()));
        await Send.ResponseAsync(job, StatusCodes.Status202Accepted, ct);
    }
}

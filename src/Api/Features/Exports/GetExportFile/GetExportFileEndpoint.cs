using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Exports.GetExportFile;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Exports.GetExportFile;

internal sealed class GetExportFileEndpoint(IHandler<GetExportFileQuery, ExportDownload> handler) : EndpointWithoutRequest
{
    public const string Route = "/exports/{id}/file";

    public override void Configure()
    {
        Get(Route);
        Roles(Security.Roles.Author, Security.Roles.Reviewer, Security.Roles.Admin);
        Options(x => x.WithTags("Exports"));
        Summary(s => s.Summary = "Download a finished export's zip (409 export_not_ready until it has succeeded)");
        Description(x => x.Produces(200, typeof(Stream), "application/zip").ProducesProblem(401).ProducesProblem(403).ProducesProblem(404)
            .ProducesProblem(409), clearDefaults: true);
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        var download = await handler.HandleAsync(new GetExportFileQuery(ExportRoute.Id(this), ExportRoute.VisibleTo(User)), ct);
        await using var content = download.Content;
        await Send.StreamAsync(content, download.FileName, content.Length, "application/zip", cancellation: ct);
    }
}

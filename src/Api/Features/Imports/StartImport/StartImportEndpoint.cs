using AdaptiveLearning.Api.Features.Imports.GetImport;
using AdaptiveLearning.Api.Http;
using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Imports.StartImport;
using AdaptiveLearning.Application.Imports;
using FastEndpoints;
using Microsoft.AspNetCore.Mvc;

namespace AdaptiveLearning.Api.Features.Imports.StartImport;

/// <summary>Accepts a question bank upload and runs it as a background job; poll the returned job for its report.</summary>
internal sealed class StartImportEndpoint(IHandler<StartImportCommand, ImportJobView> handler) : EndpointWithoutRequest<ImportJobView>
{
    /// <summary>Banks are uploaded whole: far above the API's default 1 MiB body cap.</summary>
    public const long MaxUploadBytes = 256L * 1024 * 1024;

    public override void Configure()
    {
        Post(StartImportRequest.Route);
        Roles(Security.Roles.Author, Security.Roles.Admin);
        AllowFileUploads();
        Options(x => x.WithTags("Imports").WithMetadata(new RequestSizeLimitAttribute(MaxUploadBytes))
            .Accepts<StartImportRequest>("application/json", "multipart/form-data"));
        Summary(s => s.Summary = "Upload question files to import (runs in the background)");
        Description(x => x.Produces<ImportJobView>(202).ProducesProblem(400).ProducesProblem(401).ProducesProblem(403)
            .ProducesProblem(413).ProducesProblem(415), clearDefaults: true);
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        var (files, publish, dryRun) = await UploadReader.ReadAsync(HttpContext.Request, ct);
        var job = await handler.HandleAsync(new StartImportCommand(files, dryRun, publish, User.UserId()), ct);
        LocationHeader.Set(HttpContext, GetImportEndpoint.Route.Replace("{id}", job.Id.ToString()));
        await Send.ResponseAsync(job, StatusCodes.Status202Accepted, ct);
    }
}

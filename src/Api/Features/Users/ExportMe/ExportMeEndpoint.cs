using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Users.ExportMe;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Users.ExportMe;

internal sealed class ExportMeEndpoint(IHandler<ExportMeQuery, PersonalDataExport> handler)
    : EndpointWithoutRequest<PersonalDataExport>
{
    public const string Route = "/users/me/export";

    public override void Configure()
    {
        Get(Route);
        Options(x => x.WithTags("Users"));
        Summary(s => s.Summary = "Everything stored about me, as one JSON document");
        Description(x => x.Produces<PersonalDataExport>().ProducesProblem(401), clearDefaults: true);
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        HttpContext.Response.Headers.ContentDisposition = "attachment; filename=\"my-data.json\"";
        await Send.OkAsync(await handler.HandleAsync(new ExportMeQuery(User.UserId(), HttpContext.Connection.RemoteIpAddress?.ToString()), ct), ct);
    }
}

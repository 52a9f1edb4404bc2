using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Progress.GetDashboard;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Progress.GetDashboard;

internal sealed class GetDashboardEndpoint(IHandler<GetDashboardQuery, Dashboard> handler) : EndpointWithoutRequest<Dashboard>
{
    public const string Route = "/progress/dashboard";

    public override void Configure()
    {
        Get(Route);
        Options(x => x.WithTags("Progress"));
        Summary(s => s.Summary = "My overview: every topic's progress, today's work left, the 30-day forecast and my streak");
        Description(x => x.Produces<Dashboard>().ProducesProblem(401), clearDefaults: true);
    }

    public override async Task HandleAsync(CancellationToken ct) =>
        await Send.OkAsync(await handler.HandleAsync(new GetDashboardQuery(User.UserId()), ct), ct);
}

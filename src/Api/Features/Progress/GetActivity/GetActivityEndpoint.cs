using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Progress;
using AdaptiveLearning.Application.Progress.GetActivity;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Progress.GetActivity;

internal sealed class GetActivityEndpoint(IHandler<GetActivityQuery, ActivityReport> handler) : Endpoint<GetActivityRequest, ActivityReport>
{
    public override void Configure()
    {
        Get(GetActivityRequest.Route);
        Options(x => x.WithTags("Progress"));
        Summary(s => s.Summary = "My activity by day, week or month in my time zone (answers, accuracy, time, new cards, reviews, points) and a daily heatmap series");
        Description(x => x.Produces<ActivityReport>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(404), clearDefaults: true);
    }

    public override async Task HandleAsync(GetActivityRequest req, CancellationToken ct) =>
        await Send.OkAsync(await handler.HandleAsync(
            new GetActivityQuery(User.UserId(), req.From, req.To, req.Bucket ?? ActivityBucket.Day, req.Node), ct), ct);
}

using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Progress.GetProgress;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Progress.GetProgress;

internal sealed class GetProgressEndpoint(IHandler<GetProgressQuery, ProgressReport> handler) : Endpoint<GetProgressRequest, ProgressReport>
{
    public override void Configure()
    {
        Get(GetProgressRequest.Route);
        Options(x => x.WithTags("Progress"));
        Summary(s => s.Summary = "My progress on a node and each of its children: coverage, accuracy, mastery, due cards, streak");
        Description(x => x.Produces<ProgressReport>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(404), clearDefaults: true);
    }

    public override async Task HandleAsync(GetProgressRequest req, CancellationToken ct) =>
        await Send.OkAsync(await handler.HandleAsync(new GetProgressQuery(User.UserId(), req.Node), ct), ct);
}

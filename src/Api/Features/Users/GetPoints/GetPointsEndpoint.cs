using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Users.GetPoints;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Users.GetPoints;

internal sealed class GetPointsEndpoint(IHandler<GetPointsQuery, PointsReport> handler) : Endpoint<GetPointsRequest, PointsReport>
{
    public override void Configure()
    {
        Get(GetPointsRequest.Route);
        Options(x => x.WithTags("Users"));
        Summary(s => s.Summary = "My points (total, today), my level and progress to the next, and my points ledger newest first");
        Description(x => x.Produces<PointsReport>().ProducesProblem(400).ProducesProblem(401), clearDefaults: true);
    }

    public override async Task HandleAsync(GetPointsRequest req, CancellationToken ct) =>
        await Send.OkAsync(await handler.HandleAsync(new GetPointsQuery(User.UserId(), req.Cursor, req.Limit), ct), ct);
}

using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Sessions.ListStudySessions;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Sessions.ListStudySessions;

internal sealed class ListStudySessionsEndpoint(IHandler<ListStudySessionsQuery, StudySessionPage> handler)
    : Endpoint<ListStudySessionsRequest, StudySessionPage>
{
    public override void Configure()
    {
        Get(ListStudySessionsRequest.Route);
        Options(x => x.WithTags("Sessions"));
        Summary(s => s.Summary = "My study sessions, newest first, each with its summary (answers, accuracy, time, new cards, lapses, points)");
        Description(x => x.Produces<StudySessionPage>().ProducesProblem(400).ProducesProblem(401), clearDefaults: true);
    }

    public override async Task HandleAsync(ListStudySessionsRequest req, CancellationToken ct) =>
        await Send.OkAsync(await handler.HandleAsync(
            new ListStudySessionsQuery(User.UserId(), req.Status, req.Mode, req.From, req.To, req.Cursor, req.Limit), ct), ct);
}

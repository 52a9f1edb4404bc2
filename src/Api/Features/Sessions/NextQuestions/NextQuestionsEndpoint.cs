using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Sessions.NextQuestions;
using FastEndpoints;

using Next = AdaptiveLearning.Application.Sessions.NextQuestions.NextQuestions;

namespace AdaptiveLearning.Api.Features.Sessions.NextQuestions;

internal sealed class NextQuestionsEndpoint(IHandler<NextQuestionsQuery, Next> handler) : Endpoint<NextQuestionsRequest, Next>
{
    public override void Configure()
    {
        Get(NextQuestionsRequest.Route);
        Options(x => x.WithTags("Sessions"));
        Summary(s =>
        {
            s.Summary = "The questions to study now, without their answers, each with the reason it was chosen";
            s.Description = "Learn and practice items carry the unified score (urgency, mastery gap, difficulty match, exploration) and, when "
                + "the correctness model predicted, its top features. A placement session offers one item at a time and nothing once complete.";
        });
        Description(x => x.Produces<Next>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(404).ProducesProblem(409), clearDefaults: true);
    }

    public override async Task HandleAsync(NextQuestionsRequest req, CancellationToken ct) =>
        await Send.OkAsync(await handler.HandleAsync(new NextQuestionsQuery(User.UserId(), req.Id, req.Count), ct), ct);
}

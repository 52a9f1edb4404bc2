using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Sessions.RevealAnswer;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Sessions.RevealAnswer;

internal sealed class RevealAnswerEndpoint(IHandler<RevealAnswerQuery, RevealedAnswer> handler) : Endpoint<RevealAnswerRequest, RevealedAnswer>
{
    public override void Configure()
    {
        Get(RevealAnswerRequest.Route);
        Options(x => x.WithTags("Sessions"));
        Summary(s =>
        {
            s.Summary = "Show a self-rated question's model answer, before the learner rates themselves";
            s.Description = "For questions whose gradingMode is self_rated: show this, then submit the answer with a rating. "
                            + "Questions the server grades answer 422; a running mock test reveals nothing.";
        });
        Description(x => x.Produces<RevealedAnswer>().ProducesProblem(401).ProducesProblem(404).ProducesProblem(409).ProducesProblem(422),
            clearDefaults: true);
    }

    public override async Task HandleAsync(RevealAnswerRequest req, CancellationToken ct) =>
        await Send.OkAsync(await handler.HandleAsync(new RevealAnswerQuery(User.UserId(), req.Id, req.QuestionId), ct), ct);
}

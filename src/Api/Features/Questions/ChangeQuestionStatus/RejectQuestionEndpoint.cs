using AdaptiveLearning.Api.Http;
using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Questions.ChangeQuestionStatus;
using AdaptiveLearning.Application.Questions;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Questions.ChangeQuestionStatus;

internal sealed class RejectQuestionEndpoint(IHandler<ChangeQuestionStatusCommand, QuestionDto> handler)
    : Endpoint<RejectQuestionRequest, QuestionDto>
{
    public const string Route = "/questions/{id}/reject";

    public override void Configure()
    {
        Post(Route);
        Roles(QuestionActionRoles.For(QuestionAction.Reject));
        Options(x => x.WithTags("Questions"));
        Summary(s => s.Summary = "Reject a question in review with a reason: it goes back to draft (reviewers and admins)");
        Description(x => x.Produces<QuestionDto>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404)
            .ProducesProblem(409).ProducesProblem(412).ProducesProblem(422), clearDefaults: true);
    }

    public override async Task HandleAsync(RejectQuestionRequest req, CancellationToken ct) =>
        await Send.OkAsync(await handler.HandleAsync(new ChangeQuestionStatusCommand(User.UserId(), req.Id, QuestionAction.Reject,
            req.Reason.Trim(), IfMatchHeader.Of(HttpContext.Request)), ct), ct);
}

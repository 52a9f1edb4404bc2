using AdaptiveLearning.Api.Http;
using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Questions.ChangeQuestionStatus;
using AdaptiveLearning.Application.Questions;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Questions.ChangeQuestionStatus;

/// <summary>Shared body of the submit / publish / archive / approve endpoints; each subclass only declares its route.</summary>
internal abstract class ChangeQuestionStatusEndpoint(IHandler<ChangeQuestionStatusCommand, QuestionDto> handler, QuestionAction action)
    : Endpoint<QuestionStatusRequest, QuestionDto>
{
    protected void ConfigureAction(string route, string summary)
    {
        Post(route);
        Roles(QuestionActionRoles.For(action));
        Options(x => x.WithTags("Questions"));
        Summary(s => s.Summary = summary);
        Description(x => x.Produces<QuestionDto>().ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409)
            .ProducesProblem(412).ProducesProblem(422), clearDefaults: true);
    }

    public override async Task HandleAsync(QuestionStatusRequest req, CancellationToken ct) =>
        await Send.OkAsync(await handler.HandleAsync(
            new ChangeQuestionStatusCommand(User.UserId(), req.Id, action, IfMatch: IfMatchHeader.Of(HttpContext.Request)), ct), ct);
}

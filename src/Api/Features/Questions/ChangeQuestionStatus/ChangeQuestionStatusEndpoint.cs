using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Questions.ChangeQuestionStatus;
using AdaptiveLearning.Application.Questions;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Questions.ChangeQuestionStatus;

/// <summary>Shared body of the submit / publish / archive endpoints; each subclass only declares its route and roles.</summary>
internal abstract class ChangeQuestionStatusEndpoint(IHandler<ChangeQuestionStatusCommand, QuestionDto> handler, QuestionAction action)
    : Endpoint<QuestionStatusRequest, QuestionDto>
{
    protected void ConfigureAction(string route, string summary, params string[] roles)
    {
        Post(route);
        Roles(roles);
        Options(x => x.WithTags("Questions"));
        Summary(s => s.Summary = summary);
        Description(x => x.Produces<QuestionDto>().ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(422), clearDefaults: true);
    }

    public override async Task HandleAsync(QuestionStatusRequest req, CancellationToken ct) =>
        await Send.OkAsync(await handler.HandleAsync(new ChangeQuestionStatusCommand(User.UserId(), req.Id, action), ct), ct);
}

using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Answers.SubmitAnswer;
using AdaptiveLearning.Application.Answers;
using AdaptiveLearning.Application.Common;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Answers.SubmitAnswer;

internal sealed class SubmitAnswerEndpoint(IHandler<SubmitAnswerCommand, AnswerResult> handler) : Endpoint<SubmitAnswerRequest, AnswerResult>
{
    public override void Configure()
    {
        Post(SubmitAnswerRequest.Route);
        Options(x => x.WithTags("Answers"));
        Summary(s => s.Summary = "Answer a question: graded on the server, the card rescheduled, feedback returned (idempotent on clientAttemptId)");
        Description(x => x.Produces<AnswerResult>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(404).ProducesProblem(409).ProducesProblem(422), clearDefaults: true);
    }

    public override async Task HandleAsync(SubmitAnswerRequest req, CancellationToken ct)
    {
        var answer = new AnswerInput(req.ClientAttemptId, req.Id, req.QuestionId, req.Selected, req.Text, req.AnsweredAt, req.TimeSpentMs, req.Rating);
        await Send.OkAsync(await handler.HandleAsync(new SubmitAnswerCommand(User.UserId(), req.Id, answer), ct), ct);
    }
}

using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Answers.SubmitAnswerBatch;
using AdaptiveLearning.Application.Answers;
using AdaptiveLearning.Application.Common;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Answers.SubmitAnswerBatch;

internal sealed class SubmitAnswerBatchEndpoint(IHandler<SubmitAnswerBatchCommand, AnswerBatchResult> handler)
    : Endpoint<SubmitAnswerBatchRequest, AnswerBatchResultDto>
{
    public override void Configure()
    {
        Post(SubmitAnswerBatchRequest.Route);
        Options(x => x.WithTags("Answers"));
        Summary(s => s.Summary = "Sync answers given offline: a result or an error per answer, duplicates ignored");
        Description(x => x.Produces<AnswerBatchResultDto>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(413), clearDefaults: true);
    }

    public override async Task HandleAsync(SubmitAnswerBatchRequest req, CancellationToken ct)
    {
        var answers = req.Answers.Select(a =>
            new AnswerInput(a.ClientAttemptId, a.SessionId, a.QuestionId, a.Selected, a.Text, a.AnsweredAt, a.TimeSpentMs, a.Rating)).ToList();
        var result = await handler.HandleAsync(new SubmitAnswerBatchCommand(User.UserId(), answers), ct);
        await Send.OkAsync(AnswerBatchResultDto.From(result), ct);
    }
}

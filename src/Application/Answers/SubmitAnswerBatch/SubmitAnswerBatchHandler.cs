using AdaptiveLearning.Application.Answers;
using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Answers.SubmitAnswerBatch;

/// <summary>Offline sync: a failure in one answer never blocks the others.</summary>
internal sealed class SubmitAnswerBatchHandler(AnswerRecorder recorder)
    : IHandler<SubmitAnswerBatchCommand, AnswerBatchResult>
{
    public async Task<AnswerBatchResult> HandleAsync(SubmitAnswerBatchCommand request, CancellationToken ct)
    {
        if (request.Answers.Count > SubmitAnswerBatchCommand.MaxAnswers)
            throw ProblemException.Field("answers", $"Send at most {SubmitAnswerBatchCommand.MaxAnswers} answers per batch.");
        var items = await recorder.RecordAsync(request.UserId, request.Answers, ct);
        return new AnswerBatchResult(
            items.Count(i => i.Result is { Duplicate: false }),
            items.Count(i => i.Result is { Duplicate: true }),
            items.Count(i => i.Error is not null),
            items);
    }
}

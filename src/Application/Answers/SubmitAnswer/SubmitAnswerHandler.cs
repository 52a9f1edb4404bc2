using AdaptiveLearning.Application.Answers;
using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Answers.SubmitAnswer;

internal sealed class SubmitAnswerHandler(AnswerRecorder recorder) : IHandler<SubmitAnswerCommand, AnswerResult>
{
    public async Task<AnswerResult> HandleAsync(SubmitAnswerCommand request, CancellationToken ct)
    {
        var outcome = (await recorder.RecordAsync(request.UserId, [request.Answer with { SessionId = request.SessionId }], ct)).Single();
        if (outcome.Error is { } error)
            throw new ProblemException(error.Problem, error.Detail, error.Errors);
        return outcome.Result!;
    }
}

using AdaptiveLearning.Application.Answers;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Sessions;

namespace AdaptiveLearning.Application.Answers.SubmitAnswer;

internal sealed class SubmitAnswerHandler(SessionLoader loader, AnswerRecorder recorder) : IHandler<SubmitAnswerCommand, AnswerResult>
{
    public async Task<AnswerResult> HandleAsync(SubmitAnswerCommand request, CancellationToken ct)
    {
        var learner = await loader.LearnerAsync(request.UserId, ct);
        var outcome = (await recorder.RecordAsync(learner, [request.Answer with { SessionId = request.SessionId }], ct)).Single();
        if (outcome.Error is { } error)
            throw new ProblemException(error.Problem, error.Detail, error.Errors);
        return outcome.Result!;
    }
}

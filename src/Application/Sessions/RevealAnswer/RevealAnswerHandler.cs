using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Learning;
using AdaptiveLearning.Domain.Learning;

namespace AdaptiveLearning.Application.Sessions.RevealAnswer;

/// <summary>
/// The "show answer, then rate" step of self-rated questions: the model answer before the learner's rating. Questions the
/// server grades never reveal their key this way, and a running mock test reveals nothing.
/// </summary>
internal sealed class RevealAnswerHandler(SessionLoader loader, IQuestionLookup questions) : IHandler<RevealAnswerQuery, RevealedAnswer>
{
    public async Task<RevealedAnswer> HandleAsync(RevealAnswerQuery request, CancellationToken ct)
    {
        var session = await loader.SessionAsync(request.UserId, request.SessionId, ct);
        if (session.IsEnded)
            throw new ProblemException(Problems.SessionEnded, "The session has ended.");
        if (session.HidesFeedback)
            throw new ProblemException(Problems.RuleViolated, "A mock test shows answers when it ends.");
        var question = (await questions.GetCurrentAsync([request.QuestionId], ct)).GetValueOrDefault(request.QuestionId);
        if (question is not { Available: true })
            throw new ProblemException(Problems.QuestionUnavailable, $"Question {request.QuestionId} is not available.");
        if (AnswerGrader.ModeOf(question.Content) != GradingMode.SelfRated)
            throw new ProblemException(Problems.RuleViolated, "This question is graded by the server; its answer comes with the result.");
        return new RevealedAnswer(question.Id, question.Content.ModelAnswer, question.Content.Explanation);
    }
}

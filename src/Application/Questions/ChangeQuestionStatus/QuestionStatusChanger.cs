using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Domain.Content;

namespace AdaptiveLearning.Application.Questions.ChangeQuestionStatus;

/// <summary>One status change of one question, all or nothing: the single routes and each id of a bulk change use it.</summary>
internal sealed class QuestionStatusChanger(IQuestionRepository questions, QuestionPreconditions preconditions, ContentOptions options)
{
    /// <exception cref="ProblemException">not_found, precondition_failed, invalid_transition, self_approval, review_required or conflict.</exception>
    public async Task<Question> ChangeAsync(ChangeQuestionStatusCommand request, CancellationToken ct)
    {
        // The Api validates reasons; this keeps a rejection without one out of the history whoever calls.
        if (request.Action == QuestionAction.Reject && string.IsNullOrWhiteSpace(request.Reason))
            throw ProblemException.Field("reason", "Say what the author should change.");
        var question = await questions.GetAsync(request.Id, ct)
            ?? throw new ProblemException(Problems.NotFound, $"No question {request.Id}.");
        await preconditions.EnsureAsync(question, request.IfMatch, ct);
        var loaded = question.Stamp;
        Apply(question, request);
        if (!await questions.SaveAsync(question, loaded, newVersion: false, request.UserId, request.Reason, ct))
            throw QuestionPreconditions.LostRace(request.IfMatch);
        return question;
    }

    private void Apply(Question question, ChangeQuestionStatusCommand request)
    {
        try
        {
            switch (request.Action)
            {
                case QuestionAction.Submit: question.Submit(); break;
                case QuestionAction.Publish: question.Publish(options.RequireReview); break;
                case QuestionAction.Archive: question.Archive(); break;
                case QuestionAction.Approve: question.Approve(request.UserId); break;
                case QuestionAction.Reject: question.Reject(); break;
                default: throw new ArgumentOutOfRangeException(nameof(request), request.Action, null);
            }
        }
        catch (InvalidWorkflowTransitionException e)
        {
            throw new ProblemException(Problems.InvalidTransition, e.Message);
        }
        catch (SelfApprovalException e)
        {
            throw new ProblemException(Problems.SelfApproval, e.Message);
        }
        catch (ReviewRequiredException e)
        {
            throw new ProblemException(Problems.ReviewRequired, e.Message + " Submit it, then a reviewer approves it.");
        }
    }
}

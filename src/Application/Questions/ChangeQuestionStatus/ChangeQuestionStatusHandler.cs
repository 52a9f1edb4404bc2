using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Questions;
using AdaptiveLearning.Domain.Content;

namespace AdaptiveLearning.Application.Questions.ChangeQuestionStatus;

internal sealed class ChangeQuestionStatusHandler(IQuestionRepository questions, IQuestionQueries queries)
    : IHandler<ChangeQuestionStatusCommand, QuestionDto>
{
    public async Task<QuestionDto> HandleAsync(ChangeQuestionStatusCommand request, CancellationToken ct)
    {
        var question = await questions.GetAsync(request.Id, ct)
            ?? throw new ProblemException(Problems.NotFound, $"No question {request.Id}.");
        try
        {
            switch (request.Action)
            {
                case QuestionAction.Submit: question.Submit(); break;
                case QuestionAction.Publish: question.Publish(); break;
                case QuestionAction.Archive: question.Archive(); break;
            }
        }
        catch (InvalidWorkflowTransitionException e)
        {
            throw new ProblemException(Problems.InvalidTransition, e.Message);
        }
        await questions.SaveAsync(question, newVersion: false, request.UserId, ct);
        return (await queries.GetAsync(question.Id, ContentViewer.Staff, ct))!;
    }
}

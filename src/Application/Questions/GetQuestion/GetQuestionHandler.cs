using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Questions;

namespace AdaptiveLearning.Application.Questions.GetQuestion;

internal sealed class GetQuestionHandler(IQuestionQueries queries) : IHandler<GetQuestionQuery, QuestionDto>
{
    public async Task<QuestionDto> HandleAsync(GetQuestionQuery request, CancellationToken ct)
    {
        var question = await queries.GetAsync(request.Id, ct);
        if (question is null || (request.AsLearner && !question.VisibleToLearners))
            throw new ProblemException(Problems.NotFound, $"No question {request.Id}.");
        return request.AsLearner ? question.ForLearner() : question;
    }
}

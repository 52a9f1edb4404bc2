using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Questions.GetQuestion;

internal sealed class GetQuestionHandler(IQuestionQueries queries) : IHandler<GetQuestionQuery, QuestionDto>
{
    public async Task<QuestionDto> HandleAsync(GetQuestionQuery request, CancellationToken ct) =>
        await queries.GetAsync(request.Id, request.Viewer, ct)
        ?? throw new ProblemException(Problems.NotFound, $"No question {request.Id}.");
}

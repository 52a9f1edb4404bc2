using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Questions;

namespace AdaptiveLearning.Application.Questions.ListQuestions;

internal sealed class ListQuestionsHandler(IQuestionQueries queries) : IHandler<QuestionSpecification, QuestionPage>
{
    public async Task<QuestionPage> HandleAsync(QuestionSpecification request, CancellationToken ct)
    {
        var page = await queries.ListAsync(request with { Limit = Math.Clamp(request.Limit, 1, QuestionSpecification.MaxLimit) }, ct);
        return request.LearnerVisibleOnly ? page with { Items = page.Items.Select(q => q.ForLearner()).ToArray() } : page;
    }
}

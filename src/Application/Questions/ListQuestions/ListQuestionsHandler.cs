using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Questions.ListQuestions;

internal sealed class ListQuestionsHandler(IQuestionQueries queries) : IHandler<ListQuestionsQuery, QuestionPage>
{
    public async Task<QuestionPage> HandleAsync(ListQuestionsQuery request, CancellationToken ct)
    {
        var page = await queries.ListAsync(request.ToSpecification(), ct);
        return new QuestionPage(page.Items, page.Next?.Encode(), page.Total ?? page.Items.Count);
    }
}

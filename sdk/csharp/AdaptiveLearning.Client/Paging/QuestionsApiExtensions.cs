using AdaptiveLearning.Client.Models;
using AdaptiveLearning.Client.Resources.Questions;

namespace AdaptiveLearning.Client;

/// <summary>Conveniences over <see cref="IQuestionsApi"/>.</summary>
public static class QuestionsApiExtensions
{
    /// <summary>Every question matching <paramref name="filter"/>, fetching the next page only when the previous one is used up.</summary>
    /// <param name="questions">The questions area, such as <c>client.Questions</c>.</param>
    /// <param name="filter">Which questions; null for all the caller may see.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The questions in the server's stable order.</returns>
    /// <exception cref="AdaptiveLearningApiException">400 <c>validation_failed</c>, or any failure while fetching a page.</exception>
    /// <example><code>
    /// await foreach (var question in client.Questions.ListAllAsync(new QuestionFilter { Node = "driving__signs" }))
    ///     Console.WriteLine(question.Text);
    /// </code></example>
    public static IAsyncEnumerable<Question> ListAllAsync(this IQuestionsApi questions, QuestionFilter? filter = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(questions);
        var f = filter ?? new QuestionFilter();
        return CursorPager.ReadAllAsync<Question>(async (cursor, ct) =>
        {
            var page = await questions.ListQuestionsAsync(f.Node, f.Type, f.Status, f.DifficultyMin, f.DifficultyMax, f.TagsAny, f.TagsAll,
                f.Search, cursor, f.PageSize, ct).ConfigureAwait(false);
            return (page.Items ?? [], page.NextCursor);
        }, cancellationToken);
    }
}

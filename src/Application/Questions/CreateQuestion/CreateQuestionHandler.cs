using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Hierarchy;
using AdaptiveLearning.Application.Questions;
using AdaptiveLearning.Domain.Content;

namespace AdaptiveLearning.Application.Questions.CreateQuestion;

internal sealed class CreateQuestionHandler(
    IQuestionRepository questions, IHierarchyRepository nodes, IQuestionQueries queries)
    : IHandler<CreateQuestionCommand, QuestionDto>
{
    public async Task<QuestionDto> HandleAsync(CreateQuestionCommand request, CancellationToken ct)
    {
        var facet = await FacetResolver.ResolveAsync(nodes, request.FacetPath, ct);
        var content = request.Input.ApplyTo(null);
        QuestionInput.EnsureValid(content);

        var externalId = request.ExternalId ?? $"q-{Guid.NewGuid():N}";
        long id;
        try
        {
            id = await questions.AddAsync(Question.Create(externalId, facet.Id, content), request.AuthorId, ct);
        }
        catch (DuplicateKeyException)
        {
            throw ProblemException.Field("externalId", $"A question with external id '{externalId}' exists already.");
        }
        return (await queries.GetAsync(id, ContentViewer.Staff, ct))!;
    }
}

using AdaptiveLearning.Api.Validation;
using AdaptiveLearning.Application.Content.Questions;
using FluentValidation;

namespace AdaptiveLearning.Api.Features.Content;

/// <summary>The free-text fields of a question, whether created or edited.</summary>
internal static class QuestionTextRules
{
    public static void Apply<T>(AbstractValidator<T> v) where T : QuestionInput
    {
        v.RuleFor(r => r.Text).NoControlCharacters();
        v.RuleFor(r => r.Scenario).NoControlCharacters();
        v.RuleFor(r => r.Explanation).NoControlCharacters();
        v.RuleFor(r => r.ModelAnswer).NoControlCharacters();
        v.RuleFor(r => r.Source).NoControlCharacters();
        v.RuleForEach(r => r.Tags).NoControlCharacters();
        v.RuleForEach(r => r.RubricKeywords).NoControlCharacters();
        v.RuleForEach(r => r.CorrectKeys).NoControlCharacters();
        v.RuleForEach(r => r.Media).NoControlCharacters();
        v.RuleForEach(r => r.Options).ChildRules(o =>
        {
            o.RuleFor(x => x.Key).NoControlCharacters();
            o.RuleFor(x => x.Text).NoControlCharacters();
            o.RuleFor(x => x.Explanation).NoControlCharacters();
        });
    }
}

using AdaptiveLearning.Api.Validation;
using AdaptiveLearning.Domain.Users;
using FastEndpoints;
using FluentValidation;

namespace AdaptiveLearning.Api.Features.Users.UpdateMe;

internal sealed class UpdateMeValidator : Validator<UpdateMeRequest>
{
    public UpdateMeValidator()
    {
        RuleFor(r => r.DisplayName).MaximumLength(100).NoControlCharacters();
        RuleFor(r => r.TimeZone).MaximumLength(64).NoControlCharacters();
        RuleFor(r => r.Language).Matches("^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$").MaximumLength(16)
            .WithMessage("Use a BCP 47 language tag such as 'en' or 'pt-BR'.");
        When(r => r.Settings is not null, () =>
        {
            RuleFor(r => r.Settings!.Scheduler).Must(s => s is null or LearningSettings.Fsrs or LearningSettings.Sm2)
                .WithMessage("Use 'fsrs' or 'sm2'.");
            RuleFor(r => r.Settings!.DesiredRetention).InclusiveBetween(0.7, 0.99);
            RuleFor(r => r.Settings!.DailyNewLimit).InclusiveBetween(0, 9999);
            RuleFor(r => r.Settings!.DailyReviewLimit).InclusiveBetween(0, 99999);
            RuleFor(r => r.Settings!.DayStartHour).InclusiveBetween(0, 23);
            RuleFor(r => r.Settings!.MaximumIntervalDays).InclusiveBetween(1, 36500);
        });
    }
}

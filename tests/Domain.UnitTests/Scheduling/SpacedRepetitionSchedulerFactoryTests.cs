using AdaptiveLearning.Domain.Scheduling;
using NUnit.Framework;

namespace AdaptiveLearning.Domain.UnitTests.Scheduling;

public sealed class SpacedRepetitionSchedulerFactoryTests
{
    [Test]
    public void CreatesTheSchedulerOfEachKind()
    {
        Assert.That(SpacedRepetitionSchedulerFactory.Create(SchedulerKind.Fsrs, SchedulerSettings.Default), Is.TypeOf<FsrsScheduler>());
        Assert.That(SpacedRepetitionSchedulerFactory.Create(SchedulerKind.Sm2, SchedulerSettings.Default), Is.TypeOf<Sm2Scheduler>());
    }

    [Test]
    public void LeechIsACardThatLapsedAsOftenAsTheThreshold()
    {
        var settings = SchedulerSettings.Default;
        Assert.That(settings.IsLeech(MemoryState.New with { Lapses = 7 }), Is.False);
        Assert.That(settings.IsLeech(MemoryState.New with { Lapses = 8 }), Is.True);
    }
}

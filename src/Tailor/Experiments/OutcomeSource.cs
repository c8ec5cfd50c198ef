namespace Tailor.Experiments;

/// <summary>Where an experiment's outcomes come from.</summary>
public enum OutcomeSource
{
    /// <summary>Outcomes the shop logs explicitly (tailor experiment outcome, POST .../outcomes), such as an email open or a sign-up.</summary>
    Logged,

    /// <summary>
    /// The subject's own orders after their first exposure (the subject is a customer id), as GrowthBook
    /// computes metrics from a shop's data: conversion = a positive order, revenue = order value.
    /// </summary>
    Orders,
}

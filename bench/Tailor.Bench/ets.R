# R's forecast::ets on every series of a file, timed inside R around the fitting loop (R start-up and
# reading the file excluded), for bench/Tailor.Bench's forecast section.
# Usage: Rscript ets.R INPUT OUTPUT HORIZON SEASON_LENGTH
#   INPUT:  CSV series,value (each series' values oldest first)
#   OUTPUT: CSV series,method,loglik,step,forecast; standard output ends with "elapsed SECONDS" and "cpu SECONDS"
args <- commandArgs(trailingOnly = TRUE)
suppressPackageStartupMessages(library(forecast))
d <- read.csv(args[1], colClasses = c("character", "numeric"))
h <- as.integer(args[3])
m <- as.integer(args[4])
ids <- unique(d$series)
series <- split(d$value, factor(d$series, levels = ids))
means <- vector("list", length(ids))
methods <- character(length(ids))
logliks <- numeric(length(ids))
start <- proc.time()
for (i in seq_along(series)) {
  fit <- ets(ts(series[[i]], frequency = m))
  means[[i]] <- as.numeric(forecast(fit, h = h)$mean)
  methods[i] <- fit$method
  # A constant series gets simple exponential smoothing without a likelihood.
  logliks[i] <- if (is.null(fit$loglik)) NA else fit$loglik
}
used <- proc.time() - start
out <- data.frame(
  series = rep(ids, each = h), method = rep(methods, each = h), loglik = rep(logliks, each = h),
  step = rep(seq_len(h), length(ids)), forecast = unlist(means))
write.csv(out, args[2], row.names = FALSE)
cat(sprintf("forecast %s, %s\n", as.character(packageVersion("forecast")), R.version.string))
cat(sprintf("elapsed %.6f\n", used[["elapsed"]]))
cat(sprintf("cpu %.6f\n", used[["user.self"]] + used[["sys.self"]]))

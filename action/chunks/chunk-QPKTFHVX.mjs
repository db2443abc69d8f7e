import { createRequire as __ugCreateRequire } from 'node:module';
const require = __ugCreateRequire(import.meta.url);
import {
  Octokit,
  RequestError,
  paginateRest,
  restEndpointMethods
} from "./chunk-F7L6RK3S.mjs";
import {
  __commonJS,
  __toESM
} from "./chunk-Y25UFXLR.mjs";

// node_modules/bottleneck/light.js
var require_light = __commonJS({
  "node_modules/bottleneck/light.js"(exports, module) {
    (function(global2, factory) {
      typeof exports == "object" && typeof module < "u" ? module.exports = factory() : typeof define == "function" && define.amd ? define(factory) : global2.Bottleneck = factory();
    })(exports, (function() {
      "use strict";
      var commonjsGlobal = typeof globalThis < "u" ? globalThis : typeof window < "u" ? window : typeof global < "u" ? global : typeof self < "u" ? self : {};
      function getCjsExportFromNamespace(n) {
        return n && n.default || n;
      }
      var load = function(received, defaults, onto = {}) {
        var k, ref, v;
        for (k in defaults)
          v = defaults[k], onto[k] = (ref = received[k]) != null ? ref : v;
        return onto;
      }, overwrite = function(received, defaults, onto = {}) {
        var k, v;
        for (k in received)
          v = received[k], defaults[k] !== void 0 && (onto[k] = v);
        return onto;
      }, parser = {
        load,
        overwrite
      }, DLList;
      DLList = class {
        constructor(incr, decr) {
          this.incr = incr, this.decr = decr, this._first = null, this._last = null, this.length = 0;
        }
        push(value) {
          var node;
          this.length++, typeof this.incr == "function" && this.incr(), node = {
            value,
            prev: this._last,
            next: null
          }, this._last != null ? (this._last.next = node, this._last = node) : this._first = this._last = node;
        }
        shift() {
          var value;
          if (this._first != null)
            return this.length--, typeof this.decr == "function" && this.decr(), value = this._first.value, (this._first = this._first.next) != null ? this._first.prev = null : this._last = null, value;
        }
        first() {
          if (this._first != null)
            return this._first.value;
        }
        getArray() {
          var node, ref, results;
          for (node = this._first, results = []; node != null; )
            results.push((ref = node, node = node.next, ref.value));
          return results;
        }
        forEachShift(cb) {
          var node;
          for (node = this.shift(); node != null; )
            cb(node), node = this.shift();
        }
        debug() {
          var node, ref, ref1, ref2, results;
          for (node = this._first, results = []; node != null; )
            results.push((ref = node, node = node.next, {
              value: ref.value,
              prev: (ref1 = ref.prev) != null ? ref1.value : void 0,
              next: (ref2 = ref.next) != null ? ref2.value : void 0
            }));
          return results;
        }
      };
      var DLList_1 = DLList, Events;
      Events = class {
        constructor(instance) {
          if (this.instance = instance, this._events = {}, this.instance.on != null || this.instance.once != null || this.instance.removeAllListeners != null)
            throw new Error("An Emitter already exists for this object");
          this.instance.on = (name, cb) => this._addListener(name, "many", cb), this.instance.once = (name, cb) => this._addListener(name, "once", cb), this.instance.removeAllListeners = (name = null) => name != null ? delete this._events[name] : this._events = {};
        }
        _addListener(name, status, cb) {
          var base;
          return (base = this._events)[name] == null && (base[name] = []), this._events[name].push({ cb, status }), this.instance;
        }
        listenerCount(name) {
          return this._events[name] != null ? this._events[name].length : 0;
        }
        async trigger(name, ...args) {
          var e, promises2;
          try {
            return name !== "debug" && this.trigger("debug", `Event triggered: ${name}`, args), this._events[name] == null ? void 0 : (this._events[name] = this._events[name].filter(function(listener) {
              return listener.status !== "none";
            }), promises2 = this._events[name].map(async (listener) => {
              var e2, returned;
              if (listener.status !== "none") {
                listener.status === "once" && (listener.status = "none");
                try {
                  return returned = typeof listener.cb == "function" ? listener.cb(...args) : void 0, typeof returned?.then == "function" ? await returned : returned;
                } catch (error2) {
                  return e2 = error2, this.trigger("error", e2), null;
                }
              }
            }), (await Promise.all(promises2)).find(function(x) {
              return x != null;
            }));
          } catch (error2) {
            return e = error2, this.trigger("error", e), null;
          }
        }
      };
      var Events_1 = Events, DLList$1, Events$1, Queues;
      DLList$1 = DLList_1, Events$1 = Events_1, Queues = class {
        constructor(num_priorities) {
          var i;
          this.Events = new Events$1(this), this._length = 0, this._lists = (function() {
            var j, ref, results;
            for (results = [], i = j = 1, ref = num_priorities; 1 <= ref ? j <= ref : j >= ref; i = 1 <= ref ? ++j : --j)
              results.push(new DLList$1((() => this.incr()), (() => this.decr())));
            return results;
          }).call(this);
        }
        incr() {
          if (this._length++ === 0)
            return this.Events.trigger("leftzero");
        }
        decr() {
          if (--this._length === 0)
            return this.Events.trigger("zero");
        }
        push(job) {
          return this._lists[job.options.priority].push(job);
        }
        queued(priority) {
          return priority != null ? this._lists[priority].length : this._length;
        }
        shiftAll(fn) {
          return this._lists.forEach(function(list) {
            return list.forEachShift(fn);
          });
        }
        getFirst(arr = this._lists) {
          var j, len, list;
          for (j = 0, len = arr.length; j < len; j++)
            if (list = arr[j], list.length > 0)
              return list;
          return [];
        }
        shiftLastFrom(priority) {
          return this.getFirst(this._lists.slice(priority).reverse()).shift();
        }
      };
      var Queues_1 = Queues, BottleneckError;
      BottleneckError = class extends Error {
      };
      var BottleneckError_1 = BottleneckError, BottleneckError$1, DEFAULT_PRIORITY, Job, NUM_PRIORITIES, parser$1;
      NUM_PRIORITIES = 10, DEFAULT_PRIORITY = 5, parser$1 = parser, BottleneckError$1 = BottleneckError_1, Job = class {
        constructor(task, args, options, jobDefaults, rejectOnDrop, Events2, _states, Promise2) {
          this.task = task, this.args = args, this.rejectOnDrop = rejectOnDrop, this.Events = Events2, this._states = _states, this.Promise = Promise2, this.options = parser$1.load(options, jobDefaults), this.options.priority = this._sanitizePriority(this.options.priority), this.options.id === jobDefaults.id && (this.options.id = `${this.options.id}-${this._randomIndex()}`), this.promise = new this.Promise((_resolve, _reject) => {
            this._resolve = _resolve, this._reject = _reject;
          }), this.retryCount = 0;
        }
        _sanitizePriority(priority) {
          var sProperty;
          return sProperty = ~~priority !== priority ? DEFAULT_PRIORITY : priority, sProperty < 0 ? 0 : sProperty > NUM_PRIORITIES - 1 ? NUM_PRIORITIES - 1 : sProperty;
        }
        _randomIndex() {
          return Math.random().toString(36).slice(2);
        }
        doDrop({ error: error2, message = "This job has been dropped by Bottleneck" } = {}) {
          return this._states.remove(this.options.id) ? (this.rejectOnDrop && this._reject(error2 ?? new BottleneckError$1(message)), this.Events.trigger("dropped", { args: this.args, options: this.options, task: this.task, promise: this.promise }), !0) : !1;
        }
        _assertStatus(expected) {
          var status;
          if (status = this._states.jobStatus(this.options.id), !(status === expected || expected === "DONE" && status === null))
            throw new BottleneckError$1(`Invalid job status ${status}, expected ${expected}. Please open an issue at https://github.com/SGrondin/bottleneck/issues`);
        }
        doReceive() {
          return this._states.start(this.options.id), this.Events.trigger("received", { args: this.args, options: this.options });
        }
        doQueue(reachedHWM, blocked) {
          return this._assertStatus("RECEIVED"), this._states.next(this.options.id), this.Events.trigger("queued", { args: this.args, options: this.options, reachedHWM, blocked });
        }
        doRun() {
          return this.retryCount === 0 ? (this._assertStatus("QUEUED"), this._states.next(this.options.id)) : this._assertStatus("EXECUTING"), this.Events.trigger("scheduled", { args: this.args, options: this.options });
        }
        async doExecute(chained, clearGlobalState, run, free) {
          var error2, eventInfo, passed;
          this.retryCount === 0 ? (this._assertStatus("RUNNING"), this._states.next(this.options.id)) : this._assertStatus("EXECUTING"), eventInfo = { args: this.args, options: this.options, retryCount: this.retryCount }, this.Events.trigger("executing", eventInfo);
          try {
            if (passed = await (chained != null ? chained.schedule(this.options, this.task, ...this.args) : this.task(...this.args)), clearGlobalState())
              return this.doDone(eventInfo), await free(this.options, eventInfo), this._assertStatus("DONE"), this._resolve(passed);
          } catch (error1) {
            return error2 = error1, this._onFailure(error2, eventInfo, clearGlobalState, run, free);
          }
        }
        doExpire(clearGlobalState, run, free) {
          var error2, eventInfo;
          return this._states.jobStatus(this.options.id === "RUNNING") && this._states.next(this.options.id), this._assertStatus("EXECUTING"), eventInfo = { args: this.args, options: this.options, retryCount: this.retryCount }, error2 = new BottleneckError$1(`This job timed out after ${this.options.expiration} ms.`), this._onFailure(error2, eventInfo, clearGlobalState, run, free);
        }
        async _onFailure(error2, eventInfo, clearGlobalState, run, free) {
          var retry2, retryAfter;
          if (clearGlobalState())
            return retry2 = await this.Events.trigger("failed", error2, eventInfo), retry2 != null ? (retryAfter = ~~retry2, this.Events.trigger("retry", `Retrying ${this.options.id} after ${retryAfter} ms`, eventInfo), this.retryCount++, run(retryAfter)) : (this.doDone(eventInfo), await free(this.options, eventInfo), this._assertStatus("DONE"), this._reject(error2));
        }
        doDone(eventInfo) {
          return this._assertStatus("EXECUTING"), this._states.next(this.options.id), this.Events.trigger("done", eventInfo);
        }
      };
      var Job_1 = Job, BottleneckError$2, LocalDatastore, parser$2;
      parser$2 = parser, BottleneckError$2 = BottleneckError_1, LocalDatastore = class {
        constructor(instance, storeOptions, storeInstanceOptions) {
          this.instance = instance, this.storeOptions = storeOptions, this.clientId = this.instance._randomIndex(), parser$2.load(storeInstanceOptions, storeInstanceOptions, this), this._nextRequest = this._lastReservoirRefresh = this._lastReservoirIncrease = Date.now(), this._running = 0, this._done = 0, this._unblockTime = 0, this.ready = this.Promise.resolve(), this.clients = {}, this._startHeartbeat();
        }
        _startHeartbeat() {
          var base;
          return this.heartbeat == null && (this.storeOptions.reservoirRefreshInterval != null && this.storeOptions.reservoirRefreshAmount != null || this.storeOptions.reservoirIncreaseInterval != null && this.storeOptions.reservoirIncreaseAmount != null) ? typeof (base = this.heartbeat = setInterval(() => {
            var amount, incr, maximum, now, reservoir;
            if (now = Date.now(), this.storeOptions.reservoirRefreshInterval != null && now >= this._lastReservoirRefresh + this.storeOptions.reservoirRefreshInterval && (this._lastReservoirRefresh = now, this.storeOptions.reservoir = this.storeOptions.reservoirRefreshAmount, this.instance._drainAll(this.computeCapacity())), this.storeOptions.reservoirIncreaseInterval != null && now >= this._lastReservoirIncrease + this.storeOptions.reservoirIncreaseInterval && ({
              reservoirIncreaseAmount: amount,
              reservoirIncreaseMaximum: maximum,
              reservoir
            } = this.storeOptions, this._lastReservoirIncrease = now, incr = maximum != null ? Math.min(amount, maximum - reservoir) : amount, incr > 0))
              return this.storeOptions.reservoir += incr, this.instance._drainAll(this.computeCapacity());
          }, this.heartbeatInterval)).unref == "function" ? base.unref() : void 0 : clearInterval(this.heartbeat);
        }
        async __publish__(message) {
          return await this.yieldLoop(), this.instance.Events.trigger("message", message.toString());
        }
        async __disconnect__(flush) {
          return await this.yieldLoop(), clearInterval(this.heartbeat), this.Promise.resolve();
        }
        yieldLoop(t = 0) {
          return new this.Promise(function(resolve, reject) {
            return setTimeout(resolve, t);
          });
        }
        computePenalty() {
          var ref;
          return (ref = this.storeOptions.penalty) != null ? ref : 15 * this.storeOptions.minTime || 5e3;
        }
        async __updateSettings__(options) {
          return await this.yieldLoop(), parser$2.overwrite(options, options, this.storeOptions), this._startHeartbeat(), this.instance._drainAll(this.computeCapacity()), !0;
        }
        async __running__() {
          return await this.yieldLoop(), this._running;
        }
        async __queued__() {
          return await this.yieldLoop(), this.instance.queued();
        }
        async __done__() {
          return await this.yieldLoop(), this._done;
        }
        async __groupCheck__(time) {
          return await this.yieldLoop(), this._nextRequest + this.timeout < time;
        }
        computeCapacity() {
          var maxConcurrent, reservoir;
          return { maxConcurrent, reservoir } = this.storeOptions, maxConcurrent != null && reservoir != null ? Math.min(maxConcurrent - this._running, reservoir) : maxConcurrent != null ? maxConcurrent - this._running : reservoir ?? null;
        }
        conditionsCheck(weight) {
          var capacity;
          return capacity = this.computeCapacity(), capacity == null || weight <= capacity;
        }
        async __incrementReservoir__(incr) {
          var reservoir;
          return await this.yieldLoop(), reservoir = this.storeOptions.reservoir += incr, this.instance._drainAll(this.computeCapacity()), reservoir;
        }
        async __currentReservoir__() {
          return await this.yieldLoop(), this.storeOptions.reservoir;
        }
        isBlocked(now) {
          return this._unblockTime >= now;
        }
        check(weight, now) {
          return this.conditionsCheck(weight) && this._nextRequest - now <= 0;
        }
        async __check__(weight) {
          var now;
          return await this.yieldLoop(), now = Date.now(), this.check(weight, now);
        }
        async __register__(index, weight, expiration) {
          var now, wait;
          return await this.yieldLoop(), now = Date.now(), this.conditionsCheck(weight) ? (this._running += weight, this.storeOptions.reservoir != null && (this.storeOptions.reservoir -= weight), wait = Math.max(this._nextRequest - now, 0), this._nextRequest = now + wait + this.storeOptions.minTime, {
            success: !0,
            wait,
            reservoir: this.storeOptions.reservoir
          }) : {
            success: !1
          };
        }
        strategyIsBlock() {
          return this.storeOptions.strategy === 3;
        }
        async __submit__(queueLength, weight) {
          var blocked, now, reachedHWM;
          if (await this.yieldLoop(), this.storeOptions.maxConcurrent != null && weight > this.storeOptions.maxConcurrent)
            throw new BottleneckError$2(`Impossible to add a job having a weight of ${weight} to a limiter having a maxConcurrent setting of ${this.storeOptions.maxConcurrent}`);
          return now = Date.now(), reachedHWM = this.storeOptions.highWater != null && queueLength === this.storeOptions.highWater && !this.check(weight, now), blocked = this.strategyIsBlock() && (reachedHWM || this.isBlocked(now)), blocked && (this._unblockTime = now + this.computePenalty(), this._nextRequest = this._unblockTime + this.storeOptions.minTime, this.instance._dropAllQueued()), {
            reachedHWM,
            blocked,
            strategy: this.storeOptions.strategy
          };
        }
        async __free__(index, weight) {
          return await this.yieldLoop(), this._running -= weight, this._done += weight, this.instance._drainAll(this.computeCapacity()), {
            running: this._running
          };
        }
      };
      var LocalDatastore_1 = LocalDatastore, BottleneckError$3, States;
      BottleneckError$3 = BottleneckError_1, States = class {
        constructor(status1) {
          this.status = status1, this._jobs = {}, this.counts = this.status.map(function() {
            return 0;
          });
        }
        next(id) {
          var current, next;
          if (current = this._jobs[id], next = current + 1, current != null && next < this.status.length)
            return this.counts[current]--, this.counts[next]++, this._jobs[id]++;
          if (current != null)
            return this.counts[current]--, delete this._jobs[id];
        }
        start(id) {
          var initial;
          return initial = 0, this._jobs[id] = initial, this.counts[initial]++;
        }
        remove(id) {
          var current;
          return current = this._jobs[id], current != null && (this.counts[current]--, delete this._jobs[id]), current != null;
        }
        jobStatus(id) {
          var ref;
          return (ref = this.status[this._jobs[id]]) != null ? ref : null;
        }
        statusJobs(status) {
          var k, pos, ref, results, v;
          if (status != null) {
            if (pos = this.status.indexOf(status), pos < 0)
              throw new BottleneckError$3(`status must be one of ${this.status.join(", ")}`);
            ref = this._jobs, results = [];
            for (k in ref)
              v = ref[k], v === pos && results.push(k);
            return results;
          } else
            return Object.keys(this._jobs);
        }
        statusCounts() {
          return this.counts.reduce(((acc, v, i) => (acc[this.status[i]] = v, acc)), {});
        }
      };
      var States_1 = States, DLList$2, Sync;
      DLList$2 = DLList_1, Sync = class {
        constructor(name, Promise2) {
          this.schedule = this.schedule.bind(this), this.name = name, this.Promise = Promise2, this._running = 0, this._queue = new DLList$2();
        }
        isEmpty() {
          return this._queue.length === 0;
        }
        async _tryToRun() {
          var args, cb, error2, reject, resolve, returned, task;
          if (this._running < 1 && this._queue.length > 0)
            return this._running++, { task, args, resolve, reject } = this._queue.shift(), cb = await (async function() {
              try {
                return returned = await task(...args), function() {
                  return resolve(returned);
                };
              } catch (error1) {
                return error2 = error1, function() {
                  return reject(error2);
                };
              }
            })(), this._running--, this._tryToRun(), cb();
        }
        schedule(task, ...args) {
          var promise, reject, resolve;
          return resolve = reject = null, promise = new this.Promise(function(_resolve, _reject) {
            return resolve = _resolve, reject = _reject;
          }), this._queue.push({ task, args, resolve, reject }), this._tryToRun(), promise;
        }
      };
      var Sync_1 = Sync, version = "2.19.5", version$1 = {
        version
      }, version$2 = /* @__PURE__ */ Object.freeze({
        version,
        default: version$1
      }), require$$2 = () => console.log("You must import the full version of Bottleneck in order to use this feature."), require$$3 = () => console.log("You must import the full version of Bottleneck in order to use this feature."), require$$4 = () => console.log("You must import the full version of Bottleneck in order to use this feature."), Events$2, Group, IORedisConnection$1, RedisConnection$1, Scripts$1, parser$3;
      parser$3 = parser, Events$2 = Events_1, RedisConnection$1 = require$$2, IORedisConnection$1 = require$$3, Scripts$1 = require$$4, Group = (function() {
        class Group2 {
          constructor(limiterOptions = {}) {
            this.deleteKey = this.deleteKey.bind(this), this.limiterOptions = limiterOptions, parser$3.load(this.limiterOptions, this.defaults, this), this.Events = new Events$2(this), this.instances = {}, this.Bottleneck = Bottleneck_1, this._startAutoCleanup(), this.sharedConnection = this.connection != null, this.connection == null && (this.limiterOptions.datastore === "redis" ? this.connection = new RedisConnection$1(Object.assign({}, this.limiterOptions, { Events: this.Events })) : this.limiterOptions.datastore === "ioredis" && (this.connection = new IORedisConnection$1(Object.assign({}, this.limiterOptions, { Events: this.Events }))));
          }
          key(key = "") {
            var ref;
            return (ref = this.instances[key]) != null ? ref : (() => {
              var limiter;
              return limiter = this.instances[key] = new this.Bottleneck(Object.assign(this.limiterOptions, {
                id: `${this.id}-${key}`,
                timeout: this.timeout,
                connection: this.connection
              })), this.Events.trigger("created", limiter, key), limiter;
            })();
          }
          async deleteKey(key = "") {
            var deleted, instance;
            return instance = this.instances[key], this.connection && (deleted = await this.connection.__runCommand__(["del", ...Scripts$1.allKeys(`${this.id}-${key}`)])), instance != null && (delete this.instances[key], await instance.disconnect()), instance != null || deleted > 0;
          }
          limiters() {
            var k, ref, results, v;
            ref = this.instances, results = [];
            for (k in ref)
              v = ref[k], results.push({
                key: k,
                limiter: v
              });
            return results;
          }
          keys() {
            return Object.keys(this.instances);
          }
          async clusterKeys() {
            var cursor, end, found, i, k, keys, len, next, start;
            if (this.connection == null)
              return this.Promise.resolve(this.keys());
            for (keys = [], cursor = null, start = `b_${this.id}-`.length, end = 9; cursor !== 0; )
              for ([next, found] = await this.connection.__runCommand__(["scan", cursor ?? 0, "match", `b_${this.id}-*_settings`, "count", 1e4]), cursor = ~~next, i = 0, len = found.length; i < len; i++)
                k = found[i], keys.push(k.slice(start, -end));
            return keys;
          }
          _startAutoCleanup() {
            var base;
            return clearInterval(this.interval), typeof (base = this.interval = setInterval(async () => {
              var e, k, ref, results, time, v;
              time = Date.now(), ref = this.instances, results = [];
              for (k in ref) {
                v = ref[k];
                try {
                  await v._store.__groupCheck__(time) ? results.push(this.deleteKey(k)) : results.push(void 0);
                } catch (error2) {
                  e = error2, results.push(v.Events.trigger("error", e));
                }
              }
              return results;
            }, this.timeout / 2)).unref == "function" ? base.unref() : void 0;
          }
          updateSettings(options = {}) {
            if (parser$3.overwrite(options, this.defaults, this), parser$3.overwrite(options, options, this.limiterOptions), options.timeout != null)
              return this._startAutoCleanup();
          }
          disconnect(flush = !0) {
            var ref;
            if (!this.sharedConnection)
              return (ref = this.connection) != null ? ref.disconnect(flush) : void 0;
          }
        }
        return Group2.prototype.defaults = {
          timeout: 1e3 * 60 * 5,
          connection: null,
          Promise,
          id: "group-key"
        }, Group2;
      }).call(commonjsGlobal);
      var Group_1 = Group, Batcher, Events$3, parser$4;
      parser$4 = parser, Events$3 = Events_1, Batcher = (function() {
        class Batcher2 {
          constructor(options = {}) {
            this.options = options, parser$4.load(this.options, this.defaults, this), this.Events = new Events$3(this), this._arr = [], this._resetPromise(), this._lastFlush = Date.now();
          }
          _resetPromise() {
            return this._promise = new this.Promise((res, rej) => this._resolve = res);
          }
          _flush() {
            return clearTimeout(this._timeout), this._lastFlush = Date.now(), this._resolve(), this.Events.trigger("batch", this._arr), this._arr = [], this._resetPromise();
          }
          add(data) {
            var ret;
            return this._arr.push(data), ret = this._promise, this._arr.length === this.maxSize ? this._flush() : this.maxTime != null && this._arr.length === 1 && (this._timeout = setTimeout(() => this._flush(), this.maxTime)), ret;
          }
        }
        return Batcher2.prototype.defaults = {
          maxTime: null,
          maxSize: null,
          Promise
        }, Batcher2;
      }).call(commonjsGlobal);
      var Batcher_1 = Batcher, require$$4$1 = () => console.log("You must import the full version of Bottleneck in order to use this feature."), require$$8 = getCjsExportFromNamespace(version$2), Bottleneck3, DEFAULT_PRIORITY$1, Events$4, Job$1, LocalDatastore$1, NUM_PRIORITIES$1, Queues$1, RedisDatastore$1, States$1, Sync$1, parser$5, splice = [].splice;
      NUM_PRIORITIES$1 = 10, DEFAULT_PRIORITY$1 = 5, parser$5 = parser, Queues$1 = Queues_1, Job$1 = Job_1, LocalDatastore$1 = LocalDatastore_1, RedisDatastore$1 = require$$4$1, Events$4 = Events_1, States$1 = States_1, Sync$1 = Sync_1, Bottleneck3 = (function() {
        class Bottleneck4 {
          constructor(options = {}, ...invalid) {
            var storeInstanceOptions, storeOptions;
            this._addToQueue = this._addToQueue.bind(this), this._validateOptions(options, invalid), parser$5.load(options, this.instanceDefaults, this), this._queues = new Queues$1(NUM_PRIORITIES$1), this._scheduled = {}, this._states = new States$1(["RECEIVED", "QUEUED", "RUNNING", "EXECUTING"].concat(this.trackDoneStatus ? ["DONE"] : [])), this._limiter = null, this.Events = new Events$4(this), this._submitLock = new Sync$1("submit", this.Promise), this._registerLock = new Sync$1("register", this.Promise), storeOptions = parser$5.load(options, this.storeDefaults, {}), this._store = (function() {
              if (this.datastore === "redis" || this.datastore === "ioredis" || this.connection != null)
                return storeInstanceOptions = parser$5.load(options, this.redisStoreDefaults, {}), new RedisDatastore$1(this, storeOptions, storeInstanceOptions);
              if (this.datastore === "local")
                return storeInstanceOptions = parser$5.load(options, this.localStoreDefaults, {}), new LocalDatastore$1(this, storeOptions, storeInstanceOptions);
              throw new Bottleneck4.prototype.BottleneckError(`Invalid datastore type: ${this.datastore}`);
            }).call(this), this._queues.on("leftzero", () => {
              var ref;
              return (ref = this._store.heartbeat) != null && typeof ref.ref == "function" ? ref.ref() : void 0;
            }), this._queues.on("zero", () => {
              var ref;
              return (ref = this._store.heartbeat) != null && typeof ref.unref == "function" ? ref.unref() : void 0;
            });
          }
          _validateOptions(options, invalid) {
            if (!(options != null && typeof options == "object" && invalid.length === 0))
              throw new Bottleneck4.prototype.BottleneckError("Bottleneck v2 takes a single object argument. Refer to https://github.com/SGrondin/bottleneck#upgrading-to-v2 if you're upgrading from Bottleneck v1.");
          }
          ready() {
            return this._store.ready;
          }
          clients() {
            return this._store.clients;
          }
          channel() {
            return `b_${this.id}`;
          }
          channel_client() {
            return `b_${this.id}_${this._store.clientId}`;
          }
          publish(message) {
            return this._store.__publish__(message);
          }
          disconnect(flush = !0) {
            return this._store.__disconnect__(flush);
          }
          chain(_limiter) {
            return this._limiter = _limiter, this;
          }
          queued(priority) {
            return this._queues.queued(priority);
          }
          clusterQueued() {
            return this._store.__queued__();
          }
          empty() {
            return this.queued() === 0 && this._submitLock.isEmpty();
          }
          running() {
            return this._store.__running__();
          }
          done() {
            return this._store.__done__();
          }
          jobStatus(id) {
            return this._states.jobStatus(id);
          }
          jobs(status) {
            return this._states.statusJobs(status);
          }
          counts() {
            return this._states.statusCounts();
          }
          _randomIndex() {
            return Math.random().toString(36).slice(2);
          }
          check(weight = 1) {
            return this._store.__check__(weight);
          }
          _clearGlobalState(index) {
            return this._scheduled[index] != null ? (clearTimeout(this._scheduled[index].expiration), delete this._scheduled[index], !0) : !1;
          }
          async _free(index, job, options, eventInfo) {
            var e, running;
            try {
              if ({ running } = await this._store.__free__(index, options.weight), this.Events.trigger("debug", `Freed ${options.id}`, eventInfo), running === 0 && this.empty())
                return this.Events.trigger("idle");
            } catch (error1) {
              return e = error1, this.Events.trigger("error", e);
            }
          }
          _run(index, job, wait) {
            var clearGlobalState, free, run;
            return job.doRun(), clearGlobalState = this._clearGlobalState.bind(this, index), run = this._run.bind(this, index, job), free = this._free.bind(this, index, job), this._scheduled[index] = {
              timeout: setTimeout(() => job.doExecute(this._limiter, clearGlobalState, run, free), wait),
              expiration: job.options.expiration != null ? setTimeout(function() {
                return job.doExpire(clearGlobalState, run, free);
              }, wait + job.options.expiration) : void 0,
              job
            };
          }
          _drainOne(capacity) {
            return this._registerLock.schedule(() => {
              var args, index, next, options, queue;
              return this.queued() === 0 ? this.Promise.resolve(null) : (queue = this._queues.getFirst(), { options, args } = next = queue.first(), capacity != null && options.weight > capacity ? this.Promise.resolve(null) : (this.Events.trigger("debug", `Draining ${options.id}`, { args, options }), index = this._randomIndex(), this._store.__register__(index, options.weight, options.expiration).then(({ success, wait, reservoir }) => {
                var empty;
                return this.Events.trigger("debug", `Drained ${options.id}`, { success, args, options }), success ? (queue.shift(), empty = this.empty(), empty && this.Events.trigger("empty"), reservoir === 0 && this.Events.trigger("depleted", empty), this._run(index, next, wait), this.Promise.resolve(options.weight)) : this.Promise.resolve(null);
              })));
            });
          }
          _drainAll(capacity, total = 0) {
            return this._drainOne(capacity).then((drained) => {
              var newCapacity;
              return drained != null ? (newCapacity = capacity != null ? capacity - drained : capacity, this._drainAll(newCapacity, total + drained)) : this.Promise.resolve(total);
            }).catch((e) => this.Events.trigger("error", e));
          }
          _dropAllQueued(message) {
            return this._queues.shiftAll(function(job) {
              return job.doDrop({ message });
            });
          }
          stop(options = {}) {
            var done, waitForExecuting;
            return options = parser$5.load(options, this.stopDefaults), waitForExecuting = (at) => {
              var finished;
              return finished = () => {
                var counts;
                return counts = this._states.counts, counts[0] + counts[1] + counts[2] + counts[3] === at;
              }, new this.Promise((resolve, reject) => finished() ? resolve() : this.on("done", () => {
                if (finished())
                  return this.removeAllListeners("done"), resolve();
              }));
            }, done = options.dropWaitingJobs ? (this._run = function(index, next) {
              return next.doDrop({
                message: options.dropErrorMessage
              });
            }, this._drainOne = () => this.Promise.resolve(null), this._registerLock.schedule(() => this._submitLock.schedule(() => {
              var k, ref, v;
              ref = this._scheduled;
              for (k in ref)
                v = ref[k], this.jobStatus(v.job.options.id) === "RUNNING" && (clearTimeout(v.timeout), clearTimeout(v.expiration), v.job.doDrop({
                  message: options.dropErrorMessage
                }));
              return this._dropAllQueued(options.dropErrorMessage), waitForExecuting(0);
            }))) : this.schedule({
              priority: NUM_PRIORITIES$1 - 1,
              weight: 0
            }, () => waitForExecuting(1)), this._receive = function(job) {
              return job._reject(new Bottleneck4.prototype.BottleneckError(options.enqueueErrorMessage));
            }, this.stop = () => this.Promise.reject(new Bottleneck4.prototype.BottleneckError("stop() has already been called")), done;
          }
          async _addToQueue(job) {
            var args, blocked, error2, options, reachedHWM, shifted, strategy;
            ({ args, options } = job);
            try {
              ({ reachedHWM, blocked, strategy } = await this._store.__submit__(this.queued(), options.weight));
            } catch (error1) {
              return error2 = error1, this.Events.trigger("debug", `Could not queue ${options.id}`, { args, options, error: error2 }), job.doDrop({ error: error2 }), !1;
            }
            return blocked ? (job.doDrop(), !0) : reachedHWM && (shifted = strategy === Bottleneck4.prototype.strategy.LEAK ? this._queues.shiftLastFrom(options.priority) : strategy === Bottleneck4.prototype.strategy.OVERFLOW_PRIORITY ? this._queues.shiftLastFrom(options.priority + 1) : strategy === Bottleneck4.prototype.strategy.OVERFLOW ? job : void 0, shifted?.doDrop(), shifted == null || strategy === Bottleneck4.prototype.strategy.OVERFLOW) ? (shifted == null && job.doDrop(), reachedHWM) : (job.doQueue(reachedHWM, blocked), this._queues.push(job), await this._drainAll(), reachedHWM);
          }
          _receive(job) {
            return this._states.jobStatus(job.options.id) != null ? (job._reject(new Bottleneck4.prototype.BottleneckError(`A job with the same id already exists (id=${job.options.id})`)), !1) : (job.doReceive(), this._submitLock.schedule(this._addToQueue, job));
          }
          submit(...args) {
            var cb, fn, job, options, ref, ref1, task;
            return typeof args[0] == "function" ? (ref = args, [fn, ...args] = ref, [cb] = splice.call(args, -1), options = parser$5.load({}, this.jobDefaults)) : (ref1 = args, [options, fn, ...args] = ref1, [cb] = splice.call(args, -1), options = parser$5.load(options, this.jobDefaults)), task = (...args2) => new this.Promise(function(resolve, reject) {
              return fn(...args2, function(...args3) {
                return (args3[0] != null ? reject : resolve)(args3);
              });
            }), job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise), job.promise.then(function(args2) {
              return typeof cb == "function" ? cb(...args2) : void 0;
            }).catch(function(args2) {
              return Array.isArray(args2) ? typeof cb == "function" ? cb(...args2) : void 0 : typeof cb == "function" ? cb(args2) : void 0;
            }), this._receive(job);
          }
          schedule(...args) {
            var job, options, task;
            return typeof args[0] == "function" ? ([task, ...args] = args, options = {}) : [options, task, ...args] = args, job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise), this._receive(job), job.promise;
          }
          wrap(fn) {
            var schedule, wrapped;
            return schedule = this.schedule.bind(this), wrapped = function(...args) {
              return schedule(fn.bind(this), ...args);
            }, wrapped.withOptions = function(options, ...args) {
              return schedule(options, fn, ...args);
            }, wrapped;
          }
          async updateSettings(options = {}) {
            return await this._store.__updateSettings__(parser$5.overwrite(options, this.storeDefaults)), parser$5.overwrite(options, this.instanceDefaults, this), this;
          }
          currentReservoir() {
            return this._store.__currentReservoir__();
          }
          incrementReservoir(incr = 0) {
            return this._store.__incrementReservoir__(incr);
          }
        }
        return Bottleneck4.default = Bottleneck4, Bottleneck4.Events = Events$4, Bottleneck4.version = Bottleneck4.prototype.version = require$$8.version, Bottleneck4.strategy = Bottleneck4.prototype.strategy = {
          LEAK: 1,
          OVERFLOW: 2,
          OVERFLOW_PRIORITY: 4,
          BLOCK: 3
        }, Bottleneck4.BottleneckError = Bottleneck4.prototype.BottleneckError = BottleneckError_1, Bottleneck4.Group = Bottleneck4.prototype.Group = Group_1, Bottleneck4.RedisConnection = Bottleneck4.prototype.RedisConnection = require$$2, Bottleneck4.IORedisConnection = Bottleneck4.prototype.IORedisConnection = require$$3, Bottleneck4.Batcher = Bottleneck4.prototype.Batcher = Batcher_1, Bottleneck4.prototype.jobDefaults = {
          priority: DEFAULT_PRIORITY$1,
          weight: 1,
          expiration: null,
          id: "<no-id>"
        }, Bottleneck4.prototype.storeDefaults = {
          maxConcurrent: null,
          minTime: 0,
          highWater: null,
          strategy: Bottleneck4.prototype.strategy.LEAK,
          penalty: null,
          reservoir: null,
          reservoirRefreshInterval: null,
          reservoirRefreshAmount: null,
          reservoirIncreaseInterval: null,
          reservoirIncreaseAmount: null,
          reservoirIncreaseMaximum: null
        }, Bottleneck4.prototype.localStoreDefaults = {
          Promise,
          timeout: null,
          heartbeatInterval: 250
        }, Bottleneck4.prototype.redisStoreDefaults = {
          Promise,
          timeout: null,
          heartbeatInterval: 5e3,
          clientTimeout: 1e4,
          Redis: null,
          clientOptions: {},
          clusterNodes: null,
          clearDatastore: !1,
          connection: null
        }, Bottleneck4.prototype.instanceDefaults = {
          datastore: "local",
          connection: null,
          id: "<no-id>",
          rejectOnDrop: !0,
          trackDoneStatus: !1,
          Promise
        }, Bottleneck4.prototype.stopDefaults = {
          enqueueErrorMessage: "This limiter has been stopped and cannot accept new jobs.",
          dropWaitingJobs: !0,
          dropErrorMessage: "This limiter has been stopped."
        }, Bottleneck4;
      }).call(commonjsGlobal);
      var Bottleneck_1 = Bottleneck3, lib = Bottleneck_1;
      return lib;
    }));
  }
});

// node_modules/@actions/core/lib/summary.js
import { EOL } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator.throw(value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
}, { access, appendFile, writeFile } = promises, SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath)
        return this._filePath;
      let pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv)
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      return this._filePath = pathFromEnv, this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    let htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    return content ? `<${tag}${htmlAttrs}>${content}</${tag}>` : `<${tag}${htmlAttrs}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      let overwrite = !!options?.overwrite, filePath = yield this.filePath();
      return yield (overwrite ? writeFile : appendFile)(filePath, this._buffer, { encoding: "utf8" }), this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: !0 });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    return this._buffer = "", this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = !1) {
    return this._buffer += text, addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    let attrs = Object.assign({}, lang && { lang }), element = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = !1) {
    let tag = ordered ? "ol" : "ul", listItems = items.map((item) => this.wrap("li", item)).join(""), element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    let tableBody = rows.map((row) => {
      let cells = row.map((cell) => {
        if (typeof cell == "string")
          return this.wrap("td", cell);
        let { header, data, colspan, rowspan } = cell, tag = header ? "th" : "td", attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join(""), element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    let element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    let { width, height } = options || {}, attrs = Object.assign(Object.assign({}, width && { width }), height && { height }), element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    let tag = `h${level}`, allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1", element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    let element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    let element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    let attrs = Object.assign({}, cite && { cite }), element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    let element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
}, _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  return input == null ? "" : typeof input == "string" || input instanceof String ? input : JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  return Object.keys(annotationProperties).length ? {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  } : {};
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  let cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
var CMD_STRING = "::", Command = class {
  constructor(command, properties, message) {
    command || (command = "missing.command"), this.command = command, this.properties = properties, this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = !0;
      for (let key in this.properties)
        if (this.properties.hasOwnProperty(key)) {
          let val = this.properties[key];
          val && (first ? first = !1 : cmdStr += ",", cmdStr += `${key}=${escapeProperty(val)}`);
        }
    }
    return cmdStr += `${CMD_STRING}${escapeData(this.message)}`, cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message) {
  let filePath = process.env[`GITHUB_${command}`];
  if (!filePath)
    throw new Error(`Unable to find environment variable for file command ${command}`);
  if (!fs.existsSync(filePath))
    throw new Error(`Missing file at path: ${filePath}`);
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  let delimiter = `ghadelimiter_${crypto.randomUUID()}`, convertedValue = toCommandValue(value);
  if (key.includes(delimiter))
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  if (convertedValue.includes(delimiter))
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
import * as os3 from "os";

// node_modules/@actions/http-client/lib/proxy.js
function getProxyUrl(reqUrl) {
  let usingSsl = reqUrl.protocol === "https:";
  if (checkBypass(reqUrl))
    return;
  let proxyVar = usingSsl ? process.env.https_proxy || process.env.HTTPS_PROXY : process.env.http_proxy || process.env.HTTP_PROXY;
  if (proxyVar)
    try {
      return new DecodedURL(proxyVar);
    } catch {
      if (!proxyVar.startsWith("http://") && !proxyVar.startsWith("https://"))
        return new DecodedURL(`http://${proxyVar}`);
    }
  else
    return;
}
function checkBypass(reqUrl) {
  if (!reqUrl.hostname)
    return !1;
  let reqHost = reqUrl.hostname;
  if (isLoopbackAddress(reqHost))
    return !0;
  let noProxy = process.env.no_proxy || process.env.NO_PROXY || "";
  if (!noProxy)
    return !1;
  let reqPort;
  reqUrl.port ? reqPort = Number(reqUrl.port) : reqUrl.protocol === "http:" ? reqPort = 80 : reqUrl.protocol === "https:" && (reqPort = 443);
  let upperReqHosts = [reqUrl.hostname.toUpperCase()];
  typeof reqPort == "number" && upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
  for (let upperNoProxyItem of noProxy.split(",").map((x) => x.trim().toUpperCase()).filter((x) => x))
    if (upperNoProxyItem === "*" || upperReqHosts.some((x) => x === upperNoProxyItem || x.endsWith(`.${upperNoProxyItem}`) || upperNoProxyItem.startsWith(".") && x.endsWith(`${upperNoProxyItem}`)))
      return !0;
  return !1;
}
function isLoopbackAddress(host) {
  let hostLower = host.toLowerCase();
  return hostLower === "localhost" || hostLower.startsWith("127.") || hostLower.startsWith("[::1]") || hostLower.startsWith("[0:0:0:0:0:0:0:1]");
}
var DecodedURL = class extends URL {
  constructor(url, base) {
    super(url, base), this._decodedUsername = decodeURIComponent(super.username), this._decodedPassword = decodeURIComponent(super.password);
  }
  get username() {
    return this._decodedUsername;
  }
  get password() {
    return this._decodedPassword;
  }
};

// node_modules/@actions/core/lib/core.js
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2.Success = 0] = "Success", ExitCode2[ExitCode2.Failure = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function getInput(name, options) {
  let val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val)
    throw new Error(`Input required and not supplied: ${name}`);
  return options && options.trimWhitespace === !1 ? val : val.trim();
}
function setOutput(name, value) {
  if (process.env.GITHUB_OUTPUT || "")
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  process.stdout.write(os3.EOL), issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure, error(message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function notice(message, properties = {}) {
  issueCommand("notice", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os3.EOL);
}

// src/messages/language.ts
var LANGUAGES = ["en", "zh-CN"];
function parseLanguage(text) {
  let t = (text ?? "").trim().toLowerCase();
  if (/^zh([-_.@]|$)/.test(t)) return "zh-CN";
  if (/^en([-_.@]|$)/.test(t)) return "en";
}

// src/messages/format.ts
var ZH_WEEKDAYS = {
  sunday: "\u5468\u65E5",
  monday: "\u5468\u4E00",
  tuesday: "\u5468\u4E8C",
  wednesday: "\u5468\u4E09",
  thursday: "\u5468\u56DB",
  friday: "\u5468\u4E94",
  saturday: "\u5468\u516D"
};
function enWeekday(name) {
  return name.charAt(0).toUpperCase() + name.slice(1).toLowerCase();
}
function zhWeekday(name) {
  return ZH_WEEKDAYS[name.toLowerCase()] ?? name;
}
function enWeekdays(names) {
  let list = names.map(enWeekday);
  return list.length <= 1 ? list[0] ?? "" : `${list.slice(0, -1).join(", ")} and ${list[list.length - 1]}`;
}
function zhWeekdays(names) {
  return names.map(zhWeekday).join("\u3001");
}
function zhZone(zone) {
  return zone === "Asia/Shanghai" || zone === "Asia/Chongqing" || zone === "PRC" ? "\u5317\u4EAC\u65F6\u95F4" : `${zone} \u65F6\u95F4`;
}
function enRoles(roles) {
  let list = roles.map((r) => `the ${r.title.en} (${r.owners})`);
  return list.length <= 1 ? list[0] ?? "" : `${list.slice(0, -1).join(", ")} and ${list[list.length - 1]}`;
}
function zhRoles(roles) {
  let list = roles.map((r) => `${r.title.zh}\uFF08${r.owners}\uFF09`);
  return list.length <= 1 ? list[0] ?? "" : `${list.slice(0, -1).join("\u3001")}\u548C${list[list.length - 1]}`;
}
function enMoment(m) {
  return `${enWeekday(m.day)} ${m.date} ${m.time}`;
}
function zhMoment(m) {
  return `${m.date}\uFF08${zhWeekday(m.day)}\uFF09${m.time}`;
}
function split(minutes) {
  let total = Math.max(0, Math.round(minutes));
  return [Math.floor(total / 1440), Math.floor(total % 1440 / 60), total % 60];
}
function enDuration(minutes) {
  let [d, h, m] = split(minutes);
  return d > 0 ? `${d} d ${h} h` : h > 0 ? `${h} h ${m} min` : `${m} min`;
}
function zhDuration(minutes) {
  let [d, h, m] = split(minutes);
  return d > 0 ? `${d} \u5929 ${h} \u5C0F\u65F6` : h > 0 ? `${h} \u5C0F\u65F6 ${m} \u5206\u949F` : `${m} \u5206\u949F`;
}
function enFound(v) {
  return v.kind === "empty" ? "empty" : "text" in v ? `the ${v.kind} ${v.text}` : `a ${v.kind}`;
}
function enValue(v) {
  return v.kind === "empty" ? "nothing (null)" : "text" in v ? v.text : `a ${v.kind}`;
}
var ZH_SHAPES = {
  empty: "\u7A7A\u503C",
  list: "\u5217\u8868",
  mapping: "\u6620\u5C04",
  number: "\u6570\u5B57",
  boolean: "\u5E03\u5C14\u503C",
  text: "\u6587\u5B57"
};
function zhValue(v) {
  let name = ZH_SHAPES[v.kind] ?? v.kind;
  return "text" in v ? `${name} ${v.text}` : name;
}

// src/messages/en.ts
var UNSAFE_PATH = {
  link: "is a link, not a file in the repository; auditors need the file itself",
  absolute: "is an absolute path",
  backslash: "uses backslashes",
  parent: "climbs out with ..",
  nul: "contains a NUL byte"
}, eg = (example) => example === void 0 ? "" : `, e.g. ${example}`, ROOT_NAME = {
  document: "an upgrade document",
  config: "the upgrade-gate configuration",
  outcome: "an outcome"
}, WANT = { string: "text", object: "a mapping", array: "a list" }, DATE_TIME = "a real date and time written YYYY-MM-DDTHH:MM (seconds and fractions optional), with an offset such as +08:00 or Z or read in the policy time zone", FORMAT = {
  date: "a real date written YYYY-MM-DD",
  "local-date-time": DATE_TIME,
  "date-or-local-date-time": `a real date written YYYY-MM-DD or ${DATE_TIME}`
}, en = {
  "people.two-person": (p) => `people.executor and people.supervisor are both ${p.login}: one person executes and another supervises (measures 3.6); name a different supervisor`,
  "window.order": (p) => `window.end (${p.end}) is not after window.start (${p.start}): the window must end after it starts; fix the dates or swap them`,
  "window.length": (p) => `the window runs ${p.hours} hours, from ${p.start} to ${p.end}: a regular production upgrade happens on its Thursday (measures 3.3), and the merge may run until window.end, so a longer window would let it merge on other days; end the window at most ${p.max} hours after it starts, or split the upgrade`,
  "window.weekday": (p) => `window.start ${p.start} is a ${enWeekday(p.day)} in ${p.zone}; regular production upgrades run on ${enWeekdays(p.allowed)} (measures 3.3): move the window to ${enWeekday(p.next.day)} ${p.next.date}, or make it an emergency upgrade`,
  "gray-test.missing": () => "no gray environment test is recorded: a production upgrade is first tested in the gray environment (measures 3.3); add gray_test with completed, result and report",
  "gray-test.failed": () => "gray_test.result is failed: a production upgrade needs a gray test that passed; fix the release, re-run the gray test and record result: passed",
  "gray-test.before-window": (p) => `gray_test.completed (${p.completed}) is not before window.start (${p.start}): the gray test must finish before the production upgrade; record the real gray test time or move the window`,
  "gray-test.weekday": (p) => `gray_test.completed ${p.completed} is a ${enWeekday(p.day)}; as a rule the gray test is done on ${enWeekday(p.expected)} (measures 3.3): fine if there was a reason, say it in the PR`,
  "notice.missing": (p) => `no all-staff notice is recorded: announce the upgrade at least ${p.hours} hours before the window (measures 4.4); add notification with announced_at and channels`,
  "notice.lead-time": (p) => `notification.announced_at (${p.announced}) is less than ${p.hours} hours before window.start (${p.start}): announce by ${enMoment(p.latest)} or move the window later`,
  "notice.before-merge": (p) => `the merge at ${enMoment(p.merge)} (under GitOps, the deploy) is less than ${p.hours} hours after notification.announced_at (${p.announced}) (measures 4.4): merge no earlier than ${enMoment(p.earliest)}`,
  "gray-test.before-merge": (p) => `gray_test.completed (${p.completed}) is after the merge at ${enMoment(p.merge)} (under GitOps, the deploy): the gray test must finish before production is upgraded; merge after the gray test, or record its real time`,
  "acceptance.required": () => "no user acceptance is recorded: a production upgrade must have passed user verification (measures 3.1); add acceptance with verified_by, date and evidence",
  "acceptance.after-window": (p) => `acceptance.date (${p.date}) is after window.start (${p.start}): users must accept the release before it goes to production`,
  "backup.section": (p) => `backup.${p.part} is missing: record how the ${{ data: "data", programs: "programs", config: "configuration scripts" }[p.part]} are backed up before execution and where the backup is kept (measures 3.5), e.g. backup.${p.part}: { method: ..., location: ... }`,
  "backup.rollback": () => "rollback.plan is missing: write how the system is restored to the backup if verification fails (measures 4.6)",
  "emergency.section-missing": () => "type is emergency but there is no emergency section: add emergency with reason, impact, justification and confirmation (measures 3.2, 4.3)",
  "emergency.section-unexpected": () => "an emergency section is present but type is regular: set type: emergency if this is one, or remove the emergency section",
  "emergency.reason": (p) => `emergency.reason ${JSON.stringify(p.reason)} is not one of the two cases the measures allow (3.2): ${p.guess ? `write ${p.guess}; the cases are ` : ""}system-failure (a fault stops use of the system, wide impact) or business-stoppage (the business stops on a wide scale)`,
  "emergency.justification": (p) => `emergency.justification is too short to explain anything: ${p.length} of at least ${p.min} characters, counting a Chinese character as two and a letter, digit or space as one (about ${Math.ceil((p.min - p.length) / 2)} more Chinese characters or ${p.min - p.length} more letters); write why this cannot wait for the next production window`,
  "emergency.justification-placeholder": () => "emergency.justification is a placeholder: write why this cannot wait for the next production window",
  "emergency.confirmation": (p) => `emergency.confirmation.${p.missing} is missing: an emergency upgrade is confirmed by phone and registered by e-mail with the General Manager's Office before it runs (measures 4.3)`,
  "evidence.exists": (p) => `${p.field} names ${p.path}, which does not exist in the repository: commit the file at that path (relative to the repository root) or fix the path`,
  "evidence.path": (p) => `${p.field} ${JSON.stringify(p.path)} ${UNSAFE_PATH[p.why]}: give a path relative to the repository root, such as docs/acceptance/report.md`,
  "release.forward": (p) => `release.to (${p.to}) is not newer than release.from (${p.from}): an upgrade installs a newer version; for a rollback write a new release with a higher version`,
  "document.unique-id": (p) => `id ${p.id} is also used by ${p.other}: each upgrade needs its own approval form NO.`,
  "approval.self": (p) => `@${p.login} approved their own pull request: the author's approval never counts; ask someone else who holds the role`,
  "approval.contributor": (p) => `@${p.login} authored or committed commits of this pull request: the approval of someone who changed the pull request never counts; ask someone else who holds the role`,
  "approval.contributors-unknown": (p) => `the approval by @${p.login} does not count: the pull request's commits could not all be listed, so it is unknown whether @${p.login} changed it`,
  "approval.stale": (p) => `the approval by @${p.login} on commit ${p.commit} no longer counts: ${p.changed ? `${p.changed}${p.more ? ` and ${p.more} more` : ""} changed after it` : `the changes since ${p.commit} could not be read`}; @${p.login} needs to review the current head ${p.head} again`,
  "approval.stale-base": (p) => `the approval by @${p.login} no longer counts: the pull request was moved to another base branch at ${p.at}, after it, so its change is not the one approved; @${p.login} needs to review the current head ${p.head} again`,
  "approval.blocked": (p) => `@${p.login} (${p.role.en}) requested changes: address them and ask @${p.login} to approve; a request for changes blocks the ${p.role.en} approval`,
  "approval.distinct": (p) => `@${p.login} already signs for another role: the ${p.role.en} must be approved by a second person, as the measures need two signatures`,
  "approval.missing": (p) => `waiting for an approval from the ${p.role.en}: a member of ${p.owners}${p.examples ? ` (e.g. ${p.examples})` : ""} approves the current head ${p.head}${p.note ? `; note: ${p.note}` : ""}`,
  "codeowners.coverage-none": (p) => `no CODEOWNERS file on the base branch, so ${p.path} has no code owner and GitHub requests no review from ${enRoles(p.roles)}: add .github/CODEOWNERS with the line "${p.fix}"`,
  "codeowners.coverage-unmatched": (p) => `no CODEOWNERS line matches ${p.path}, so it has no code owner and GitHub requests no review from ${enRoles(p.roles)}: add the line "${p.fix}" at the end of CODEOWNERS (the last matching line decides, so this one line names every role)`,
  "codeowners.coverage-ownerless": (p) => `${p.path} matches CODEOWNERS line ${p.line}, which names no owner, so GitHub requests no review from ${enRoles(p.roles)}: add the line "${p.fix}" at the end of CODEOWNERS (the last matching line decides, so this one line names every role)`,
  "codeowners.coverage": (p) => `${p.path} is owned by ${p.owners} (CODEOWNERS line ${p.line}), which includes no owner of ${enRoles(p.roles)}: add the line "${p.fix}" at the end of CODEOWNERS (the last matching line decides, so this one line names every role)`,
  "codeowners.negation": () => "Invalid pattern: CODEOWNERS has no negation with !, so GitHub skips this line: to leave paths without an owner, give them a later line of their own with no owner",
  "codeowners.range": () => "Invalid pattern: CODEOWNERS has no character ranges with [ ], so GitHub skips this line: write one line for each name the range stands for",
  "codeowners.escaped-hash": () => "Invalid pattern: CODEOWNERS cannot escape # with \\, so GitHub skips this line and matches no path that starts with #: own the folder that holds those files instead",
  "codeowners.triple-star": () => "Invalid pattern: three asterisks in a row are not a pattern, so GitHub skips this line: write ** for any number of folders",
  "codeowners.root": () => "Invalid pattern: the pattern / matches nothing, so GitHub skips this line: write * for every file of the repository",
  "codeowners.owner": (p) => `Invalid owner: ${JSON.stringify(p.token)} is not an owner, so GitHub skips this line: write @user, @org/team or an e-mail address`,
  "codeowners.too-large": () => "File too large: CODEOWNERS is 3 MB or larger, so GitHub does not load it at all and no path has an owner: merge its lines into fewer, broader rules",
  "merge.closed": (p) => `${p.reason}: a regular production upgrade cannot merge now; ${p.flip ? `the window ${p.flip}` : p.over ? "the document's window is over (or does not start on a merge day), so it never opens again: write a new document with a new NO. and a new window" : "no opening is scheduled within a year: check merge-days and freezes"}, or, for a wide system failure or business stoppage, use the emergency process`,
  "window.merge-day": (p) => `${enWeekday(p.day)} ${p.date} in ${p.zone} is a production merge day`,
  "window.not-merge-day": (p) => `${enWeekday(p.day)} ${p.date} in ${p.zone} is not a production merge day`,
  "window.in-freeze": (p) => `${enWeekday(p.day)} ${p.date} in ${p.zone} is inside the freeze "${p.freeze.name}" (${p.freeze.from} to ${p.freeze.to})`,
  "window.outside": (p) => `${enMoment(p.at)} is outside the document's window for merging (${enMoment(p.start)} to ${enMoment(p.end)})`,
  "window.inside": (p) => `${enMoment(p.at)} is inside the document's window for merging (${enMoment(p.start)} to ${enMoment(p.end)})`,
  "window.apart": (p) => `the documents' windows have no instant in common (the latest opens ${enMoment(p.start)}, the earliest closes ${enMoment(p.end)}): align the windows or split the pull request`,
  "window.emergency-allows": (p) => `${p.reason}; the emergency process allows the merge`,
  "window.flip": (p) => `${p.flip.opens ? "opens" : "closes"} ${enMoment(p.flip.at)} ${p.flip.zone} (in ${enDuration(p.flip.minutes)})`,
  "summary.unseen": (p) => `Could not read: ${p.what}`,
  "summary.problems": (p) => `${p.problems} problem${p.problems === 1 ? "" : "s"}: ${p.first}`,
  "summary.none": () => "No upgrade document in this pull request: nothing to check",
  "summary.config-error": (p) => `Configuration error: ${p.message || "see the details"}`,
  "summary.signed": (p) => `${p.role.en} approved by @${p.login}${p.via ? ` via ${p.via}` : ""}`,
  "summary.ready": (p) => `Ready: ${p.signed || "no approval required by this configuration"}; ${{ emergency: "emergency upgrade", open: "production window open", relaxed: "window rule relaxed by configuration" }[p.how]}`,
  "summary.fail": (p) => `${p.problems} problem${p.problems === 1 ? "" : "s"}${p.missing ? `; needs approval: ${p.missing}` : ""}${p.window ? `; ${p.window}` : ""}`,
  "summary.window-closed": (p) => `window closed${p.flip ? `, ${p.flip}` : ""}`,
  "summary.window-open": (p) => `window open (${enWeekday(p.day)})`,
  "summary.list": (p) => p.items.join(", "),
  "job.failed": (p) => `upgrade-gate: ${p.summary}`,
  "job.breach": (p) => `upgrade-gate: PR #${p.pr} merged in breach of the policy (${p.count} violation${p.count === 1 ? "" : "s"}); the archive record ${p.path} says so`,
  "job.could-not-finish": (p) => `upgrade-gate could not finish: ${p.error}`,
  "job.verdict": (p) => `upgrade-gate: PR #${p.pr}: ${p.outcome}: ${p.summary}`,
  "status.could-not-evaluate": (p) => `Could not evaluate: ${p.error}`,
  "status.could-not-reevaluate": (p) => `Could not re-evaluate: ${p.error}`,
  "md.head.archived": () => "\u2705 upgrade-gate: merged and archived",
  "md.head.archived-violations": () => "\u26A0\uFE0F upgrade-gate: merged in breach of the policy, archived with violations",
  "md.head.ready": () => "\u2705 upgrade-gate: ready to merge",
  "md.head.config-error": () => "\u26D4 upgrade-gate: configuration error",
  "md.head.not-ready": () => "\u274C upgrade-gate: not ready to merge",
  "md.archive": (p) => `**Archive:** ${p.path} (and its \`.md\` beside it); check it with \`npx upgrade-gate verify\``,
  "md.window": (p) => `**Production window:** ${p.line}`,
  "md.window.emergency": (p) => `\u{1F6A8} emergency upgrade: the day rule is waived (${p.reason})`,
  "md.window.open": (p) => `\u2705 open: ${p.reason}${p.flip ? ` \u2014 ${p.flip}` : ""}`,
  "md.window.closed": (p) => `\u26D4 closed: ${p.reason}${p.flip ? ` \u2014 ${p.flip}` : ""}`,
  "md.emergency-label": (p) => `**Emergency label:** ${p.label}${p.by ? ` applied by ${p.by} ${p.at}` : ""}; ${p.earlier} earlier emergenc${p.earlier === 1 ? "y" : "ies"} this month`,
  "md.role.approved": (p) => `\u2705 approved by ${p.by}${p.via ? ` via ${p.via}` : ""}, ${p.at}`,
  "md.role.blocked": (p) => `\u274C changes requested by ${p.by}`,
  "md.role.waiting": (p) => `\u2717 waiting for a member of ${p.owners}`,
  "md.role.not-counted": (p) => ` (not counted: ${p.list})`,
  "md.roles-missing": () => "roles are not configured",
  "md.verification": (p) => `${p.cases} case(s); accepted by ${p.by} on ${p.on}; gray test ${p.gray}`,
  "md.next": () => "What to do next",
  "md.time": (p) => `${p.date} ${p.time} ${p.zone}`,
  "md.more": (p) => `\u2026 and ${p.count} more findings${p.log ? ` in the [run log](${p.log})` : ""}`,
  "md.evaluated": (p) => `Evaluated at ${p.at}${p.run ? ` \xB7 [run](${p.run})` : ""}`,
  "md.sign.heading": () => "What the approvers sign",
  "md.sign.columns": () => "| Item | As the document states it |",
  "md.sign.reason": () => "Emergency reason",
  "md.sign.reason-value": (p) => `${{ "system-failure": "case \u2460 of measures 3.2: a system failure stops use of the system, with wide impact", "business-stoppage": "case \u2461 of measures 3.2: the system can no longer support the business, stopping it on a wide scale" }[p.reason] ?? "not a case of measures 3.2"} (${p.reason})`,
  "md.sign.impact": () => "Impact",
  "md.sign.justification": () => "Why it cannot wait for the window",
  "md.sign.phone": () => "Phone confirmation",
  "md.sign.phone-value": (p) => `${p.by}, ${p.at}`,
  "md.sign.email": () => "E-mail registration with the General Manager's Office",
  "md.sign.backup": () => "Backups (data, programs, configuration scripts)",
  "md.sign.backup-part": (p) => `${{ data: "data", programs: "programs", config: "configuration scripts" }[p.part]}: ${p.method} \u2192 ${p.location}`,
  "md.sign.rollback": () => "Rollback plan (restore the backup)",
  "md.sign.notice": () => "All-staff notice",
  "md.sign.notice-value": (p) => `${p.at} via ${p.channels}`,
  "md.sign.channel": (p) => ({ "qq-group": "QQ group", wechat: "WeChat official account", email: "e-mail" })[p.channel] ?? p.channel,
  "md.sign.gray": () => "Gray environment test",
  "md.sign.gray-value": (p) => `${p.result}, ${p.completed}${p.report ? `, report ${p.report}` : ""}`,
  "md.sign.missing": (p) => `\u2014 ${p.part} missing`,
  "md.sign.list": (p) => p.items.join("; "),
  "role.title": (p) => p.role.en,
  "approval.not-counted-author": () => "author of the pull request",
  "approval.not-counted-stale": (p) => `approved ${p.commit}, then ${p.changed === void 0 ? "the change could not be compared" : `${p.changed}${p.more ? ` and ${p.more} more` : ""} changed`}`,
  "approval.not-counted-after-merge": (p) => `approved after the merge (${p.at})`,
  "approval.not-counted-base-changed": (p) => `approved before the base branch was changed (${p.at})`,
  "approval.not-counted-committer": () => "committed to the pull request",
  "approval.not-counted-contributors-unknown": () => "the PR's commits could not all be listed",
  "emergency.applier": (p) => `the "${p.label}" label was applied by @${p.login}, who is not a member of ${enRoles(p.roles)}: only they may apply it (measures 4.3), so it grants no bypass${p.unreadable ? ` (the team ${p.unreadable} could not be read: list its members under teams: or give the token organization Members read)` : ""}; ask them to remove the label and apply it again`,
  "emergency.applier-author": (p) => `the "${p.label}" label was applied by the PR author @${p.login}: an author never grants their own emergency, so it grants no bypass; only a member of ${enRoles(p.roles)} may apply it (measures 4.3): ask them to remove the label and apply it again`,
  "emergency.applier-unknown": (p) => `who applied the "${p.label}" label cannot be read from the pull request's events, so it grants no bypass: only a label applied by a member of ${enRoles(p.roles)} counts (measures 4.3); give the token "Issues: read" or "Pull requests: read", then re-run`,
  "emergency.label-without-document": (p) => `the PR has the "${p.label}" label but no upgrade document says type: emergency: set type: emergency with an emergency section in the document, or remove the label`,
  "emergency.document-without-label": (p) => `the document says type: emergency but the PR lacks the "${p.label}" label: add the label (it records who declared the emergency) or make the upgrade regular`,
  "emergency.label-with-regular": (p) => `the PR is labelled "${p.label}" but this document is a regular upgrade: an emergency PR carries only emergency upgrades; move it to its own PR`,
  "emergency.budget": (p) => `${p.count} emergency upgrade${p.count === 1 ? "" : "s"} already merged in ${p.month} (${p.list || "none listed"}), and the budget is ${p.budget} a month: the General Manager's Office must agree to exceed it; raise emergency.monthly-budget or set budget-severity: warning only by policy change`,
  "document.archived": (p) => `${p.path} is an archived upgrade (NO. ${p.id}, record ${p.record}): an archived document cannot be edited, deleted or renamed (measures 3.7); revert this change and write a new document with a new NO.`,
  "archive.protected": (p) => `this pull request changes the archive (${p.files}): only upgrade-gate's own commits write under ${p.folder} (measures 3.7); remove these changes from the PR`,
  "policy.approval-missing": (p) => `this pull request changes the policy (${p.files}): the ${p.role.en}, which owns the policy, must approve it; a member of ${p.owners} who neither wrote nor committed to it approves the current head ${p.head}`,
  "policy.approval-blocked": (p) => `this pull request changes the policy (${p.files}) and @${p.login} (${p.role.en}, the policy owner) requested changes: address them and ask @${p.login} to approve`,
  "policy.approval-no-role": (p) => `this pull request changes the policy (${p.files}), but no role "${p.role}" is configured to approve policy changes: add it under roles, or name the policy owner with policy-owner: <role id>`,
  "summary.policy-approved": (p) => `Policy change approved by @${p.login} (${p.role.en}); no upgrade document to check`,
  "md.policy.heading": () => "Policy change",
  "md.policy.files": (p) => `This pull request changes the policy files ${p.files}: the policy owner must approve it, and the merge is recorded in the archive.`,
  "status.forged": (p) => `the upgrade-gate status on the merged head said ${p.state}${p.creator ? ` (set by ${p.creator})` : ""}, but the evaluation at merge time is ${p.outcome}: the check was overwritten or out of date when the PR merged`,
  "outcome.command": (p) => `the first line is ${JSON.stringify(p.found)}: an outcome starts with /upgrade-result succeeded, /upgrade-result failed or /upgrade-result restored`,
  "outcome.unknown": (p) => `"${p.word}" is not an outcome: ${p.guess ? `did you mean ${p.guess}? ` : ""}write succeeded (every verification case passed), failed (a case failed) or restored (the backup was restored) after /upgrade-result`,
  "outcome.extra": (p) => `only the outcome goes on the first line, not ${JSON.stringify(p.extra)}: move it to notes on a line below`,
  "outcome.empty": () => 'nothing follows /upgrade-result: add completed_at, verification (each case passed or failed) and notes on the lines below it, e.g. "completed_at: 2026-12-03T21:40"',
  "outcome.in-yaml": () => "outcome is written on the first line (/upgrade-result succeeded|failed|restored), not as a field: remove this line",
  "outcome.document-required": (p) => `this pull request has several upgrade documents (${p.ids}): add a line "document: <NO.>" naming the one this outcome is for`,
  "outcome.document-unknown": (p) => `document ${p.id} is not an upgrade document of this pull request: ${p.guess ? `did you mean ${p.guess}? ` : ""}use one of ${p.ids}`,
  "outcome.case-missing": (p) => `verification does not give ${p.missing}: every verification case of the document is reported passed or failed; add ${p.example}`,
  "outcome.case-unknown": (p) => `verification case ${p.id} is not in the document: ${p.guess ? `did you mean ${p.guess}? ` : ""}its cases are ${p.cases}`,
  "outcome.succeeded-failed-case": (p) => `case ${p.id} failed, so the upgrade did not succeed (measures 4.6): write /upgrade-result failed with the cause, or restored with the backup restored`,
  "outcome.before-window": (p) => `completed_at (${p.completed}) is before the window starts (${p.start}): an upgrade completes after it starts; write the real time (policy time zone unless an offset is given)`,
  "outcome.future": (p) => `${p.field} (${p.value}) is later than this comment (${p.now}): record what has happened, at the time it happened (policy time zone unless an offset is given)`,
  "outcome.notified-before-completed": (p) => `notified_at (${p.notified}) is before completed_at (${p.completed}): the upgrade-complete notice (measures 4.7) goes out after completion; fix either time`,
  "outcome.reply-findings": (p) => `The outcome was not recorded: ${p.count} problem${p.count === 1 ? "" : "s"} in the command. Edit your comment to fix ${p.count === 1 ? "it" : "them"} (this reply is updated), or write a new one.`,
  "commit.archive": (p) => [
    `archive: ${p.documents} (PR #${p.pr})${p.violations ? ` \u2014 ${p.violations} violation(s)` : ""}`,
    "",
    `Record ${p.sequence} of the upgrade archive: ${p.path}`,
    `Merged ${enMoment(p.merged)} (${p.zone})${p.mergedBy ? ` by @${p.mergedBy}` : ""}.`,
    ...p.backfilled ? ["Written after the merge by a scheduled run (backfilled)."] : [],
    ...p.rules.length ? [`The merge broke the policy: ${p.rules.join(", ")}.`] : []
  ].join(`
`),
  "commit.outcome": (p) => [
    `archive: outcome ${p.outcome} of ${p.document} (PR #${p.pr}), recorded by ${p.login}`,
    "",
    `Record ${p.sequence} of the upgrade archive: ${p.path}, the outcome of ${p.upgrade}.`,
    `Completed ${p.completed} (${p.zone}).`
  ].join(`
`),
  "outcome.reply-finding": (p) => `line ${p.line}, column ${p.column} (\`${p.rule}\`): ${p.message}`,
  "outcome.reply-comment": () => "comment",
  "outcome.not-allowed": (p) => `@${p.login} may not record this upgrade's outcome, so nothing was recorded. The outcome is recorded by the people of the upgrade document (executor, supervisor, project lead, ops lead: ${p.people || "none named"})${p.roles ? ` or a member of ${p.roles}` : ""} (measures 4.6).`,
  "outcome.edited-by-other": (p) => `@${p.login} edited a command written by @${p.author}: an outcome is recorded only from its author's own words, so nothing was recorded. @${p.author} can edit it, or someone who may record writes a new comment.`,
  "outcome.not-merged": () => "This pull request is not merged: an upgrade's outcome is recorded after it was merged and executed (measures 4.6). Nothing was recorded; comment /upgrade-result again once the upgrade has run.",
  "outcome.not-upgrade": () => "This pull request changes no upgrade document, so it has no outcome to record. Nothing was recorded.",
  "outcome.no-record": (p) => `This upgrade has no archive record in ${p.folder}/ yet (its merge run did not finish), so the outcome cannot be chained to it. The next scheduled run writes the record; edit this comment after that to record the outcome.`,
  "outcome.recorded": (p) => `Recorded: ${p.outcome} by @${p.login}, appended to the archive as ${p.path}.`,
  "outcome.pending": (p) => `No outcome has been recorded ${p.hours} hours after the merge (${p.merged}): ${p.people || "the executor"} comment /upgrade-result succeeded, failed or restored once the verification cases have run (measures 4.6).`,
  "outcome.overdue": (p) => `${p.id} (PR #${p.pr}): the window ended ${p.end}, more than ${p.days} days ago, and no outcome (succeeded, failed, restored) is recorded: the archive cannot show whether the upgrade worked (measures 3.7, 4.6); the people of the upgrade record it with /upgrade-result on the PR`,
  "outcome.example": () => "A complete command looks like this (every verification case of the document, times in the policy time zone):\n\n```\n/upgrade-result succeeded\ncompleted_at: 2026-12-03T21:40\nverification:\n  V-1: passed\n  V-2: passed\nnotes: started, routine checks and the verification cases passed\nnotified_at: 2026-12-03T21:50\n```\n\nfailed adds `cause:`, restored adds `backup_restored:`; with several documents, `document:` names the NO.",
  "document.unreadable": (p) => p.kind === "unlisted" ? `${p.path} is changed or removed by this pull request, and whether an archive record names it cannot be checked: GitHub lists this repository's tree only in part (over 100,000 entries or 7 MB), so the change is refused unseen; add the change as a new document with a new NO. instead` : `${p.path} could not be read as an upgrade document at the head commit (${p.kind}): ${p.kind === "symlink" ? `it is a symbolic link${p.target ? ` (to ${p.target})` : ""}` : p.kind === "submodule" ? `it is a submodule${p.target ? ` (${p.target})` : ""}` : p.kind === "folder" ? "it is a folder" : "GitHub answered 404 for it"}; commit the document itself as a regular file at that path`,
  "pull-request.files": () => "the PR changes more than the 3,000 files GitHub lists: upgrade documents beyond that cannot be seen; split the PR so the upgrade stands on its own",
  "yaml.encoding": () => 'the file is not valid UTF-8 here (it looks like GBK, ANSI or Latin-1): save it as UTF-8 (in Windows Notepad: File > Save As, Encoding "UTF-8"; "ANSI" and "Unicode" there are other encodings)',
  "yaml.nul": () => 'the file holds a NUL byte here, which no text saved as UTF-8 does: save it as UTF-8 text (it may be UTF-16, "Unicode" in Windows Notepad, or not a text file)',
  "yaml.utf16": () => 'the file is saved as UTF-16, which Windows Notepad calls "Unicode": save it as UTF-8 (File > Save As, Encoding "UTF-8")',
  "yaml.file-too-large": (p) => `the file is ${p.bytes} bytes, more than the ${p.max} bytes (1 MiB) an upgrade document may have: move large attachments to separate files and reference them`,
  "yaml.too-many-entries": (p) => `this ${p.list ? "list" : "mapping"} has ${p.count} entries, more than the ${p.max} an upgrade document may hold: split the upgrade or move the data to a referenced file`,
  "yaml.too-deep": (p) => `the document is nested deeper than the ${p.max} levels allowed: an upgrade document never needs this, flatten it`,
  "yaml.too-many-aliases": (p) => `more than ${p.max} aliases (*name): repeated aliases can expand into a huge document, so write the values out`,
  "yaml.alias-expansion": (p) => `the aliases expand too far (${p.detail}): write the values out`,
  "yaml.alias-unresolved": (p) => `the alias *${p.name} has no anchor &${p.name} before it: define the anchor first or write the value out`,
  "yaml.duplicate-key": () => "this key appears twice in the same mapping: keep one (YAML would silently drop the other)",
  "yaml.forbidden-key": (p) => `the key "${p.key}" is not allowed: it could change how every object behaves; rename or remove it`,
  "yaml.complex-key": () => "a mapping key must be plain text, not a mapping or a list: write a plain name before the colon",
  "yaml.unknown-tag": (p) => `${p.tag === null ? p.detail : `the tag ${p.tag} is not one YAML knows`}: remove the tag (words starting with ! or !!); upgrade documents hold plain text, numbers, lists and mappings`,
  "yaml.warning": (p) => p.detail,
  "yaml.tab-indent": () => "tabs are used for indentation: YAML allows only spaces, replace the tabs with spaces",
  "yaml.multiple-documents": () => "the file holds more than one YAML document (a second ---): put each upgrade in its own file",
  "yaml.indentation": (p) => `${p.detail}: check the indentation and the colons on this line`,
  "yaml.dash-space": () => 'there is no space after the "-" of this list item, so YAML reads the line as plain text: add a space after the "-"',
  "yaml.colon-space": (p) => `there is no space after the colon of "${p.key}", so YAML does not read it as a field: write ${p.key}: ${p.value}`,
  "yaml.syntax": (p) => `${p.detail}: fix the YAML syntax here`,
  "yaml.after-value": () => "more text follows a value that has already ended (after its closing quote, or after a list at this level): put the whole value inside the quotes, remove the extra text, or indent the line under the field it belongs to",
  "yaml.unexpected-token": (p) => `YAML cannot tell where ${p.token} belongs: one level holds either list items ("- ") or fields ("key: value"), never both, and a value holding ": " needs quotes; check the indentation and the colons on this line`,
  "yaml.bad-escape": (p) => `${p.escape} in double quotes is not an escape YAML knows: write \\\\ for a backslash, or put the value in single quotes`,
  "yaml.bad-scalar-start": (p) => `a value without quotes cannot start with ${p.char}: put the value in quotes, e.g. "${p.char}..."`,
  "yaml.block-scalar-indent": (p) => p.leadingEmpty ? "the text after | or > starts with blank lines indented more than its first line: remove the spaces on those blank lines" : "a line of the text after | or > is indented less than its first line: indent every line of the text at least as far as the first",
  "document.empty": () => "the document is empty: start from examples/upgrades/ or the schema in schemas/upgrade.schema.json",
  "schema.more": (p) => `${p.count} more schema errors are not listed: fix the ones above first, or start again from a file in examples/upgrades/`,
  "schema.missing": (p) => `${p.field} is missing: add ${p.what.en || p.key}${eg(p.example)}`,
  "schema.recased": (p) => `${p.field} is written with capitals: names here are lowercase, write ${p.lower}`,
  "schema.unknown-field": (p) => `${p.field} is not a field of ${p.parent ?? ROOT_NAME[p.root]}: ${p.guess ? `did you mean ${p.guess}?` : `remove it or use one of ${p.known.join(", ")}`}`,
  "schema.type": (p) => `${p.field ?? "the document"} must be ${WANT[p.want] ?? `a ${p.want}`}, found ${enFound(p.actual)}${p.quote !== void 0 ? `: put it in quotes ("${p.quote}") so YAML keeps it as text` : p.example !== void 0 ? `: write it like ${p.example}` : p.want === "object" ? ': write it as a mapping of fields (one "key: value" per line), as in examples/upgrades/' : p.want === "array" ? ': write it as a list ("- item" lines or [a, b])' : ": correct the value"}`,
  "schema.enum": (p) => `${p.field ?? "the document"} is ${enValue(p.actual)}, which is not allowed: ${p.guess ? `did you mean ${p.guess}? ` : ""}use one of ${p.allowed.join(", ")}`,
  "schema.const": (p) => `${p.field ?? "the document"} is ${enValue(p.actual)}: write ${p.allowed}`,
  "schema.format": (p) => `${p.field ?? "the document"} is ${enValue(p.actual)}, which is not ${FORMAT[p.format] ?? `a valid ${p.format}`}${p.suggestion ? `: write ${p.suggestion}` : eg(p.example)}`,
  "schema.enum-chinese": (p) => `${p.field ?? "the document"} is ${enValue(p.actual)}: the values here are written in English; write ${p.value} (one of ${p.allowed.join(", ")})`,
  "schema.chinese-key": (p) => `${p.field} is a field name in Chinese: field names are written in English; write ${p.key}`,
  "schema.login": (p) => `${p.field ?? "the document"} is ${enValue(p.actual)}, which is not a GitHub login: write the person's GitHub login (letters, digits and hyphens, e.g. zhang-wei), not their name`,
  "schema.pattern": (p) => `${p.field ?? "the document"} is ${enValue(p.actual)}, which is not ${p.what.en || "in the expected form"}${eg(p.example)}`,
  "schema.empty-text": (p) => `${p.field ?? "the document"} is empty: write ${p.what.en || "a value"}${eg(p.example)}`,
  "schema.empty-list": (p) => `${p.field ?? "the document"} is an empty list: add at least ${p.limit} entr${p.limit === 1 ? "y" : "ies"}${eg(p.example)}`,
  "schema.repeated": (p) => `${p.field ?? "the document"} lists the same entry twice: remove the repeat`,
  "schema.range": (p) => `${p.field ?? "the document"} is ${enValue(p.actual)}: use a value ${p.least ? "of at least" : "of at most"} ${p.limit}`,
  "schema.one-of": (p) => `${p.field ?? "the document"} is ${enFound(p.actual)}: write ${p.what.en || "one of the allowed forms"}${eg(p.example)}`,
  "schema.other": (p) => `${p.field ?? "the document"} ${p.detail || "is not valid"}: see its description in the JSON Schema`,
  "cli.unknown-command": (p) => `unknown command "${p.command}"`,
  "cli.bad-option": (p) => p.detail,
  "cli.unknown-option": (p) => `unknown option ${p.option}: check its spelling against the options below; a path that starts with a dash goes after --, as in -- ${p.option}`,
  "cli.option-value-missing": (p) => `option ${p.option} needs a value${p.followedByOption ? ", and what follows it looks like another option" : ""}: write ${p.option} VALUE, or ${p.option}=-VALUE for a value that starts with a dash`,
  "cli.option-takes-no-value": (p) => `option ${p.option} takes no value: write it alone, without =VALUE`,
  "cli.unexpected-argument": (p) => `unexpected argument "${p.argument}": this command takes no such argument; remove it`,
  "cli.bad-lang": (p) => `--lang must be ${p.allowed.join(" or ")}, not "${p.value}"`,
  "cli.bad-format": (p) => `--format must be ${p.allowed.length > 2 ? `${p.allowed.slice(0, -1).join(", ")} or ${p.allowed[p.allowed.length - 1]}` : p.allowed.join(" or ")}, not "${p.value}"`,
  "cli.no-such-path": (p) => `no such file, folder or matching glob: ${p.paths}`,
  "cli.no-yaml": (p) => `no .yaml or .yml files in ${p.paths}`,
  "cli.no-documents": (p) => `no documents match "${p.glob}" under ${p.folder}: pass a file or folder`,
  "cli.need-documents": () => "name at least one upgrade document",
  "cli.need-paths": () => "name at least one PATH",
  "cli.no-codeowners": (p) => `no CODEOWNERS file in ${p.places}: pass --codeowners FILE`,
  "cli.cannot-read": (p) => `cannot read ${p.file} (${p.reason}): check the path and that the file is readable`,
  "cli.input-folder": (p) => `${p.file} is a folder, not a file: name the file itself`,
  "cli.input-symlink": (p) => `${p.file} is a symbolic link: upgrade-gate never reads where a link points, and on GitHub the Action refuses an upgrade document that is a link as well (document.unreadable); commit the document itself as a regular file at that path`,
  "cli.input-special": (p) => `${p.file} is not a regular file (a device, pipe or socket): upgrade-gate reads only regular files, name the file itself`,
  "cli.input-too-large": (p) => `${p.file} is ${p.bytes} bytes, more than the ${p.max} bytes upgrade-gate reads from such a file: check that it is the right file`,
  "cli.summary": (p) => `${p.documents} document${p.documents === 1 ? "" : "s"}: ${p.errors} error${p.errors === 1 ? "" : "s"}, ${p.warnings} warning${p.warnings === 1 ? "" : "s"}`,
  "cli.verified": (p) => `${p.records} record${p.records === 1 ? "" : "s"} verified: the archive is intact`,
  "cli.repo-form": (p) => `--repo must be OWNER/NAME, such as --repo acme/deploy${p.value ? `, not "${p.value}"` : ""}`,
  "cli.no-token": () => "no token: set GITHUB_TOKEN (or GH_TOKEN) to a token that can read the repository, e.g. GITHUB_TOKEN=$(gh auth token)",
  "cli.repo-unreadable": (p) => `could not read ${p.repo}: ${p.error}`,
  "cli.dir-or-repo": () => "give either DIR or --repo, not both",
  "cli.date-or-time-form": (p) => `${p.option} "${p.text}" is not a date or time: write 2026-12-01, 2026-12-01T08:00 (${p.zone}) or 2026-12-01T00:00:00.000Z`,
  "cli.time-form": (p) => `--at "${p.text}" is not a time: write ${p.now ? "now, " : ""}2026-11-26T20:00 (${p.zone}), 2026-11-26T12:00:00.000Z or 2026-11-26T20:00+08:00`,
  "cli.report-unverified": (p) => `the archive fails verification (${p.count} problem${p.count === 1 ? "" : "s"}), so no report is printed: a listing of edited, missing or reordered records proves nothing. Check the problems below with upgrade-gate verify:`,
  // The Markdown report of `upgrade-gate report`: in English the report shows each piece as "English · 中文".
  "report.title": () => "Upgrade report",
  "report.counts": (p) => `${p.count} upgrade${p.count === 1 ? "" : "s"}, ${p.violations} with violations`,
  "report.outcomes-label": () => "Outcomes",
  "report.outcomes": (p) => `${p.succeeded} succeeded, ${p.failed} failed, ${p.restored} restored, ${p.pending} pending, ${p.none} not yet due`,
  "report.column.merged": () => "Merged",
  "report.column.no": () => "NO.",
  "report.column.system": () => "System",
  "report.column.version": () => "Version",
  "report.column.type": () => "Type",
  "report.column.approvers": () => "Approvers",
  "report.column.violations": () => "Violations",
  "report.column.outcome": () => "Outcome",
  "report.column.completed": () => "Completed",
  "report.column.verified-by": () => "Verified by",
  "report.backfilled": () => "backfilled",
  "report.none": () => "none",
  "report.findings": () => "Audit findings",
  "report.emergencies": () => "Emergency upgrades per month (one per emergency document, as the monthly budget counts them)",
  /** A record's values as they are; the Chinese report says them in Chinese. */
  "report.merged": (p) => `${p.weekday} ${p.date} ${p.time} ${p.zone}`,
  "report.type": (p) => p.type,
  "report.outcome": (p) => p.outcome,
  "cli.config-missing": (p) => `the configuration file ${p.file} does not exist: check the --config path`,
  "cli.codeowners-missing": (p) => `the CODEOWNERS file ${p.file} does not exist: check the --codeowners path`,
  "cli.role-form": (p) => `${p.option} ${p.spec}: the role must be ${p.ids.length ? p.ids.join(" or ") : `a role id of ${p.config}`}, or a team such as @acme/gm-office`,
  "cli.approver-form": (p) => `${p.option} ${p.spec}: write LOGIN or LOGIN:ROLE (a role id, or a team such as @acme/gm-office), such as ${p.option} li-lei:center-lead`,
  "cli.unknown-approver": (p) => `${p.login} is in no team that ${p.config} lists and is no role owner; write ${p.option} ${p.login}:${p.role} to assume one`,
  "cli.verdict": (p) => `${p.outcome}: ${p.summary}`,
  "yaml.full-width-colon": (p) => `the colon after "${p.key}" is the full-width colon "\uFF1A" (U+FF1A), which YAML does not read as a colon: type the ASCII colon ":" followed by a space (switch the input method to English punctuation)`,
  "yaml.full-width-indent": (p) => `this line is indented with ${p.code === "U+3000" ? "a full-width space" : "a no-break space"} (${p.code}), which YAML does not read as a space: replace it with ordinary spaces (switch the input method to half-width)`,
  "yaml.full-width-after-colon": (p) => `the space after the colon is ${p.code === "U+3000" ? "a full-width space" : "a no-break space"} (${p.code}), which YAML does not read as a space: replace it with an ordinary space (switch the input method to half-width)`,
  "yaml.full-width-dash": () => 'this list item starts with the full-width dash "\uFF0D" (U+FF0D), which YAML does not read as a list item: type the ASCII "-" followed by a space (switch the input method to half-width)',
  "yaml.full-width-after-dash": (p) => `the space after the list's "-" is ${p.code === "U+3000" ? "a full-width space" : "a no-break space"} (${p.code}), which YAML does not read as a space: replace it with an ordinary space (switch the input method to half-width)`,
  "yaml.full-width-bracket": () => 'the list starts with the full-width bracket "\uFF3B" (U+FF3B), which YAML reads as text: write the list with the ASCII brackets [ and ], or as "- item" lines',
  "yaml.full-width-comma": () => 'the items of this list are separated by the full-width comma "\uFF0C" (U+FF0C), which YAML reads as part of one item: separate them with the ASCII comma "," and a space; if the comma belongs to the text, put the item in quotes',
  "yaml.full-width-quotes": (p) => `the value is wrapped in the full-width quotation marks ${p.open}${p.close}, which YAML keeps as part of the text: use the ASCII quotes "\u2026" or none (switch the input method to English punctuation)`,
  "time.year": (p) => `${p.field} ${p.text} is in the year ${String(p.year).padStart(4, "0")}, which is surely a typing mistake: write a year from ${p.first} to ${p.last}`,
  "time.gap": (p) => `${p.field} ${p.text} does not exist in ${p.zone}: that night the clocks jump from ${p.from} to ${p.to} (daylight saving time begins); write a time the clock will show, such as ${p.date}T${p.to}, or write the offset`,
  "time.ambiguous": (p) => `${p.field} ${p.text} happens twice in ${p.zone}: the clocks go back that night (daylight saving time ends); write which one with its offset: ${p.earlier} (the first) or ${p.later} (the second)`,
  "config.time-zone": (p) => `time-zone "${p.zone}" is not an IANA time zone this runtime knows: ${p.meant ? `use ${p.meant}` : "use the Area/City name of the place whose clock you mean, such as Asia/Shanghai or Europe/Berlin"}`,
  "config.time-zone-abbreviation": (p) => `time-zone "${p.zone}" is an abbreviation, not a time zone${p.database ? ` (the tz database reads it as ${p.database})` : ""}: use ${p.meant}${p.others.length ? ` (or ${p.others.join(", ")}, if that is the place meant)` : ""}`,
  "config.time-zone-alias": (p) => `time-zone "${p.zone}" is an old alias the tz database keeps only for compatibility: use ${p.meant}`,
  "config.time-zone-offset": (p) => `time-zone "${p.zone}" is a fixed offset, not a time zone: it misses the clock changes of a real place; ${p.meant ? `use ${p.meant}` : "use the Area/City name of the place whose clock you mean"}`,
  "config.freeze-order": (p) => `freezes[${p.index}] "${p.name}" ends (${p.to}) before it starts (${p.from}): swap the dates`,
  "config.rule-unknown": (p) => `rules: "${p.id}" is not a rule id: ${p.guess ? `did you mean ${p.guess}?` : "see the rule table in the README for the ids"}`,
  "config.applied-by-role": (p) => `emergency.applied-by names "${p.role}", which is not a role under roles (${p.roles.join(", ")}): name a configured role whose members may apply the emergency label`,
  "config.role-title": (p) => `roles: "${p.role}" has no title in both languages: add title: { en: "\u2026", zh: "\u2026" } (the name shown on the approval form, the comment and the records); only center-lead and general-office have built-in titles`,
  "config.role-members-teams": (p) => `roles.${p.role}.members lists people for a role whose owners name several teams (${p.teams}), so it cannot say which team each one is in: list each team's members under teams: { "@org/team": [login, ...] } instead and remove members`,
  "config.team-unreadable": (p) => `the token cannot read team ${p.team} (HTTP ${p.status} from GET /orgs/{org}/teams/{team}/members), which owns an upgrade document for a role: the workflow's GITHUB_TOKEN cannot read teams; give the Action a GitHub App token or a token with the organization permission "Members: read", or list the team's members in the configuration under teams: { "${p.team}": [login, ...] }`,
  "config.policy-owner": (p) => `policy-owner: "${p.role}" is not one of the configured roles (${p.roles}): name the role whose approval a change to the policy files needs`,
  "config.roles": (p) => `no roles are configured: add a roles section to ${p.file} naming the CODEOWNERS owners of center-lead and general-office, e.g. roles: { center-lead: { owners: ["@acme/rd-leads"] }, general-office: { owners: ["@acme/gm-office"] } }`
};

// src/messages/zh-CN.ts
var YAML_DETAIL = [
  [
    /^Implicit keys need to be on a single line/,
    "\u5B57\u6BB5\u540D\u5FC5\u987B\u5199\u5728\u4E00\u884C\u5185\uFF0C\u5E38\u89C1\u539F\u56E0\u662F\u5192\u53F7\u540E\u9762\u5C11\u4E86\u7A7A\u683C\uFF0C\u6216\u4E0A\u4E00\u884C\u7684\u5F15\u53F7\u6CA1\u6709\u95ED\u5408"
  ],
  [/^Implicit map keys need to be followed by map values/, "\u5B57\u6BB5\u540D\u540E\u9762\u7F3A\u5C11\u534A\u89D2\u5192\u53F7\u548C\u53D6\u503C"],
  [/^All mapping items must start at the same column/, "\u540C\u4E00\u5C42\u7684\u5B57\u6BB5\u6CA1\u6709\u5BF9\u9F50\uFF0C\u7F29\u8FDB\u7684\u7A7A\u683C\u6570\u4E0D\u540C"],
  [/^All sequence items must start at the same column/, "\u540C\u4E00\u4E2A\u5217\u8868\u7684\u5404\u9879\u6CA1\u6709\u5BF9\u9F50\uFF0C\u201C-\u201D \u524D\u7684\u7A7A\u683C\u6570\u4E0D\u540C"],
  [/^Sequence item without - indicator/, "\u5217\u8868\u9879\u524D\u9762\u7F3A\u5C11 \u201C- \u201D\uFF08\u534A\u89D2\u51CF\u53F7\u52A0\u7A7A\u683C\uFF09"],
  [
    /^Nested mappings are not allowed in compact mappings/,
    "\u4E00\u884C\u91CC\u51FA\u73B0\u4E86\u4E24\u4E2A\u201C\u5B57\u6BB5: \u503C\u201D\uFF0C\u53D6\u503C\u4E2D\u7684\u534A\u89D2\u5192\u53F7\u52A0\u7A7A\u683C\u4F1A\u88AB\u5F53\u6210\u65B0\u7684\u5B57\u6BB5\uFF0C\u8FD9\u6837\u7684\u53D6\u503C\u8BF7\u52A0\u534A\u89D2\u5F15\u53F7"
  ],
  [/^A block sequence may not be used as an implicit map key/, "\u5217\u8868\u4E0D\u80FD\u5F53\u4F5C\u5B57\u6BB5\u540D"],
  [/^Missing closing "quote/, '\u7F3A\u5C11\u7ED3\u5C3E\u7684\u534A\u89D2\u53CC\u5F15\u53F7 "'],
  [/^Missing closing 'quote/, "\u7F3A\u5C11\u7ED3\u5C3E\u7684\u534A\u89D2\u5355\u5F15\u53F7 '"],
  [
    /^Flow sequence in block collection must be sufficiently indented and end with a \]/,
    "\u65B9\u62EC\u53F7\u5217\u8868\u6CA1\u6709\u4EE5\u534A\u89D2 ] \u7ED3\u5C3E\uFF0C\u6216\u6362\u884C\u540E\u7F29\u8FDB\u4E0D\u591F"
  ],
  [
    /^Flow map in block collection must be sufficiently indented and end with a \}/,
    "\u82B1\u62EC\u53F7\u6620\u5C04\u6CA1\u6709\u4EE5\u534A\u89D2 } \u7ED3\u5C3E\uFF0C\u6216\u6362\u884C\u540E\u7F29\u8FDB\u4E0D\u591F"
  ],
  [/^Comments must be separated from other tokens by white space characters/, "\u6CE8\u91CA\u7684 # \u524D\u9762\u8981\u6709\u7A7A\u683C"],
  [/^Missing , between flow (sequence|map) items/, "\u5404\u9879\u4E4B\u95F4\u7F3A\u5C11\u534A\u89D2\u9017\u53F7"],
  [/^Plain value cannot start with (.*)/, "\u53D6\u503C\u4E0D\u80FD\u4EE5 $1 \u5F00\u5934\uFF0C\u8BF7\u7ED9\u8FD9\u4E2A\u53D6\u503C\u52A0\u4E0A\u534A\u89D2\u5F15\u53F7"],
  [/^A node can have at most one tag/, "\u4E00\u4E2A\u53D6\u503C\u53EA\u80FD\u6709\u4E00\u4E2A\u6807\u7B7E\uFF08\u4EE5 ! \u5F00\u5934\u7684\u8BCD\uFF09"],
  [/^A node can have at most one anchor/, "\u4E00\u4E2A\u53D6\u503C\u53EA\u80FD\u6709\u4E00\u4E2A\u951A\u70B9\uFF08\u4EE5 & \u5F00\u5934\u7684\u8BCD\uFF09"]
], yamlDetail = (detail) => {
  let text = String(detail);
  for (let [pattern, zh] of YAML_DETAIL) if (pattern.test(text)) return text.replace(pattern, zh);
  return text;
}, OUTCOME_ZH = {
  succeeded: "\u5347\u7EA7\u6210\u529F",
  failed: "\u5347\u7EA7\u5931\u8D25",
  restored: "\u5DF2\u6062\u590D\u81F3\u5347\u7EA7\u524D\u7684\u5907\u4EFD\u7248\u672C"
}, SHORT_WEEKDAY_ZH = {
  Sun: "\u5468\u65E5",
  Mon: "\u5468\u4E00",
  Tue: "\u5468\u4E8C",
  Wed: "\u5468\u4E09",
  Thu: "\u5468\u56DB",
  Fri: "\u5468\u4E94",
  Sat: "\u5468\u516D"
}, TYPE_ZH = { regular: "\u5E38\u89C4\u5347\u7EA7", emergency: "\u7D27\u6025\u5347\u7EA7", unknown: "\u672A\u77E5" }, REPORT_OUTCOME_ZH = { ...OUTCOME_ZH, pending: "\u5F85\u8BB0\u5F55", none: "\u672A\u5230\u671F" }, eg2 = (example) => example === void 0 ? "" : `\uFF0C\u5982 ${example}`, ROOT_NAME2 = { document: "\u5347\u7EA7\u6587\u6863", config: "upgrade-gate \u914D\u7F6E", outcome: "\u5347\u7EA7\u7ED3\u679C" }, WANT2 = {
  string: "\u6587\u5B57",
  object: "\u6620\u5C04",
  array: "\u5217\u8868",
  number: "\u6570\u5B57",
  integer: "\u6574\u6570",
  boolean: "\u5E03\u5C14\u503C\uFF08true \u6216 false\uFF09"
}, DATE_TIME2 = "\u6709\u6548\u7684\u65E5\u671F\u65F6\u95F4\uFF08\u5199\u6210 YYYY-MM-DDTHH:MM\uFF0C\u79D2\u548C\u5C0F\u6570\u53EF\u7701\u7565\uFF1B\u5E26 +08:00 \u6216 Z \u4E4B\u7C7B\u7684\u504F\u79FB\uFF0C\u4E0D\u5E26\u65F6\u6309\u7B56\u7565\u65F6\u533A\uFF09", FORMAT2 = {
  date: "\u6709\u6548\u7684\u65E5\u671F\uFF08\u5199\u6210 YYYY-MM-DD\uFF09",
  "local-date-time": DATE_TIME2,
  "date-or-local-date-time": `\u6709\u6548\u7684\u65E5\u671F\uFF08YYYY-MM-DD\uFF09\u6216${DATE_TIME2}`
}, UNSAFE_PATH2 = {
  link: "\u662F\u4E00\u4E2A\u94FE\u63A5\uFF0C\u4E0D\u662F\u4ED3\u5E93\u91CC\u7684\u6587\u4EF6\uFF1B\u5BA1\u8BA1\u9700\u8981\u6587\u4EF6\u672C\u8EAB",
  absolute: "\u662F\u7EDD\u5BF9\u8DEF\u5F84",
  backslash: "\u4F7F\u7528\u4E86\u53CD\u659C\u6760 \\",
  parent: "\u7528 .. \u8DF3\u51FA\u4E86\u4ED3\u5E93\u76EE\u5F55",
  nul: "\u542B\u6709 NUL \u5B57\u8282"
}, BACKUP_PART = { data: "\u6570\u636E", programs: "\u7A0B\u5E8F", config: "\u914D\u7F6E\u811A\u672C" }, zhCN = {
  "people.two-person": (p) => `people.executor \u548C people.supervisor \u90FD\u662F ${p.login}\uFF1A\u5347\u7EA7\u8FC7\u7A0B\u987B\u4E00\u4EBA\u6267\u884C\u3001\u4E00\u4EBA\u76D1\u7763\uFF08\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B3.6\uFF09\uFF0C\u8BF7\u53E6\u884C\u6307\u5B9A\u76D1\u7763\u4EBA`,
  "window.order": (p) => `window.end\uFF08${p.end}\uFF09\u4E0D\u665A\u4E8E window.start\uFF08${p.start}\uFF09\uFF1A\u5347\u7EA7\u7A97\u53E3\u7684\u7ED3\u675F\u65F6\u95F4\u5FC5\u987B\u665A\u4E8E\u5F00\u59CB\u65F6\u95F4\uFF0C\u8BF7\u6539\u6B63\u65F6\u95F4\u6216\u628A\u4E24\u8005\u5BF9\u8C03`,
  "window.length": (p) => `\u5347\u7EA7\u7A97\u53E3\u4ECE ${p.start} \u5230 ${p.end}\uFF0C\u5171 ${p.hours} \u5C0F\u65F6\uFF1A\u5E38\u89C4\u5347\u7EA7\u7684\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u5728\u5468\u56DB\u8FDB\u884C\uFF08\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B3.3\uFF09\uFF0C\u5408\u5E76\u53EF\u4EE5\u6301\u7EED\u5230 window.end\uFF0C\u7A97\u53E3\u8FC7\u957F\u5C31\u53EF\u80FD\u5728\u5176\u4ED6\u65E5\u671F\u5408\u5E76\uFF1B\u8BF7\u628A\u7ED3\u675F\u65F6\u95F4\u5B9A\u5728\u5F00\u59CB\u540E ${p.max} \u5C0F\u65F6\u4EE5\u5185\uFF0C\u6216\u628A\u5347\u7EA7\u62C6\u5206\u6210\u51E0\u6B21`,
  "window.weekday": (p) => `window.start ${p.start} \u6309${zhZone(p.zone)}\u662F${zhWeekday(p.day)}\uFF1B\u5E38\u89C4\u5347\u7EA7\u7684\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u5B89\u6392\u5728${zhWeekdays(p.allowed)}\uFF08\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B3.3\uFF09\uFF1A\u8BF7\u628A\u5347\u7EA7\u7A97\u53E3\u6539\u5230 ${p.next.date}\uFF08${zhWeekday(p.next.day)}\uFF09\uFF0C\u6216\u6539\u8D70\u7D27\u6025\u5347\u7EA7\u6D41\u7A0B`,
  "gray-test.missing": () => "\u672A\u8BB0\u5F55\u7070\u5EA6\u73AF\u5883\u5347\u7EA7\u6D4B\u8BD5\uFF1A\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u524D\u987B\u5148\u5728\u7070\u5EA6\u73AF\u5883\u5B8C\u6210\u5347\u7EA7\u6D4B\u8BD5\uFF08\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B3.3\uFF09\uFF1B\u8BF7\u8865\u5145 gray_test\uFF0C\u586B\u5199 completed\u3001result \u548C report",
  "gray-test.failed": () => "gray_test.result \u4E3A failed\uFF1A\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u8981\u6C42\u7070\u5EA6\u73AF\u5883\u6D4B\u8BD5\u901A\u8FC7\uFF1B\u8BF7\u4FEE\u590D\u7248\u672C\u3001\u91CD\u65B0\u505A\u7070\u5EA6\u73AF\u5883\u6D4B\u8BD5\uFF0C\u5E76\u8BB0\u5F55 result: passed",
  "gray-test.before-window": (p) => `gray_test.completed\uFF08${p.completed}\uFF09\u4E0D\u65E9\u4E8E window.start\uFF08${p.start}\uFF09\uFF1A\u7070\u5EA6\u73AF\u5883\u6D4B\u8BD5\u5FC5\u987B\u5728\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u4E4B\u524D\u5B8C\u6210\uFF1B\u8BF7\u586B\u5199\u5B9E\u9645\u7684\u7070\u5EA6\u6D4B\u8BD5\u65F6\u95F4\uFF0C\u6216\u63A8\u8FDF\u5347\u7EA7\u7A97\u53E3`,
  "gray-test.weekday": (p) => `gray_test.completed ${p.completed} \u662F${zhWeekday(p.day)}\uFF1B\u6309\u89C4\u5B9A\u4E00\u822C\u5728${zhWeekday(p.expected)}\u5B8C\u6210\u7070\u5EA6\u73AF\u5883\u5347\u7EA7\u6D4B\u8BD5\uFF08\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B3.3\uFF09\uFF1A\u5982\u6709\u7279\u6B8A\u539F\u56E0\uFF0C\u8BF7\u5728 PR \u4E2D\u8BF4\u660E`,
  "notice.missing": (p) => `\u672A\u8BB0\u5F55\u5168\u5458\u901A\u77E5\uFF1A\u987B\u81F3\u5C11\u5728\u5347\u7EA7\u7A97\u53E3\u5F00\u59CB\u524D ${p.hours} \u5C0F\u65F6\u53D1\u51FA\u5347\u7EA7\u901A\u77E5\uFF08\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B4.4\uFF09\uFF1B\u8BF7\u8865\u5145 notification\uFF0C\u586B\u5199 announced_at \u548C channels`,
  "notice.lead-time": (p) => `notification.announced_at\uFF08${p.announced}\uFF09\u8DDD window.start\uFF08${p.start}\uFF09\u4E0D\u8DB3 ${p.hours} \u5C0F\u65F6\uFF1A\u8BF7\u5728 ${zhMoment(p.latest)} \u4E4B\u524D\u53D1\u51FA\u901A\u77E5\uFF0C\u6216\u63A8\u8FDF\u5347\u7EA7\u7A97\u53E3`,
  "notice.before-merge": (p) => `\u5728 ${zhMoment(p.merge)} \u5408\u5E76\uFF08GitOps \u4E0B\u5408\u5E76\u5373\u4E0A\u7EBF\uFF09\u8DDD notification.announced_at\uFF08${p.announced}\uFF09\u4E0D\u8DB3 ${p.hours} \u5C0F\u65F6\uFF08\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B4.4\uFF09\uFF1A\u8BF7\u4E0D\u65E9\u4E8E ${zhMoment(p.earliest)} \u5408\u5E76`,
  "gray-test.before-merge": (p) => `gray_test.completed\uFF08${p.completed}\uFF09\u665A\u4E8E\u5408\u5E76\u65F6\u95F4 ${zhMoment(p.merge)}\uFF08GitOps \u4E0B\u5408\u5E76\u5373\u4E0A\u7EBF\uFF09\uFF1A\u7070\u5EA6\u73AF\u5883\u6D4B\u8BD5\u5FC5\u987B\u5728\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u4E4B\u524D\u5B8C\u6210\uFF1B\u8BF7\u5728\u7070\u5EA6\u6D4B\u8BD5\u5B8C\u6210\u540E\u518D\u5408\u5E76\uFF0C\u6216\u586B\u5199\u5B9E\u9645\u7684\u7070\u5EA6\u6D4B\u8BD5\u65F6\u95F4`,
  "acceptance.required": () => "\u672A\u8BB0\u5F55\u7528\u6237\u9A8C\u8BC1\uFF1A\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u5FC5\u987B\u5148\u7ECF\u8FC7\u7528\u6237\u9A8C\u8BC1\uFF08\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B3.1\uFF09\uFF1B\u8BF7\u8865\u5145 acceptance\uFF0C\u586B\u5199 verified_by\u3001date \u548C evidence",
  "acceptance.after-window": (p) => `acceptance.date\uFF08${p.date}\uFF09\u665A\u4E8E window.start\uFF08${p.start}\uFF09\uFF1A\u7528\u6237\u9A8C\u8BC1\u5FC5\u987B\u5728\u4E0A\u751F\u4EA7\u73AF\u5883\u4E4B\u524D\u5B8C\u6210`,
  "backup.section": (p) => `\u7F3A\u5C11 backup.${p.part}\uFF1A\u8BF7\u5199\u660E\u5347\u7EA7\u524D\u5982\u4F55\u5907\u4EFD${BACKUP_PART[p.part]}\u3001\u5907\u4EFD\u5B58\u653E\u5728\u54EA\u91CC\uFF08\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B3.5\uFF09\uFF0C\u4F8B\u5982 backup.${p.part}: { method: ..., location: ... }`,
  "backup.rollback": () => "\u7F3A\u5C11 rollback.plan\uFF1A\u8BF7\u5199\u660E\u5347\u7EA7\u9A8C\u8BC1\u4E0D\u901A\u8FC7\u65F6\uFF0C\u5982\u4F55\u628A\u7CFB\u7EDF\u6062\u590D\u81F3\u5347\u7EA7\u524D\u7684\u5907\u4EFD\u7248\u672C\uFF08\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B4.6\uFF09",
  "emergency.section-missing": () => "type \u4E3A emergency\uFF0C\u4F46\u6587\u6863\u4E2D\u6CA1\u6709 emergency \u90E8\u5206\uFF1A\u8BF7\u8865\u5145 emergency\uFF0C\u586B\u5199 reason\u3001impact\u3001justification \u548C confirmation\uFF08\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B3.2\u30014.3\uFF09",
  "emergency.section-unexpected": () => "\u6587\u6863\u4E2D\u6709 emergency \u90E8\u5206\uFF0C\u4F46 type \u4E3A regular\uFF1A\u5982\u786E\u5C5E\u7D27\u6025\u5347\u7EA7\uFF0C\u8BF7\u6539\u4E3A type: emergency\uFF1B\u5426\u5219\u5220\u9664 emergency \u90E8\u5206",
  "emergency.reason": (p) => `emergency.reason ${JSON.stringify(p.reason)} \u4E0D\u5C5E\u4E8E\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B3.2 \u5141\u8BB8\u7D27\u6025\u5347\u7EA7\u7684\u4E24\u79CD\u60C5\u51B5\uFF1A${p.guess ? `\u8BF7\u5199\u6210 ${p.guess}\uFF1B\u4E24\u79CD\u60C5\u51B5\u4E3A ` : ""}system-failure\uFF08\u56E0\u7CFB\u7EDF\u6545\u969C\u5F71\u54CD\u8BE5\u7CFB\u7EDF\u7684\u7EE7\u7EED\u4F7F\u7528\uFF0C\u4E14\u5F71\u54CD\u8303\u56F4\u8F83\u5927\uFF09\u6216 business-stoppage\uFF08\u7CFB\u7EDF\u529F\u80FD\u5DF2\u65E0\u6CD5\u6EE1\u8DB3\u4E1A\u52A1\u5F00\u5C55\uFF0C\u4E14\u4F1A\u9020\u6210\u8F83\u5927\u8303\u56F4\u7684\u4E1A\u52A1\u505C\u987F\uFF09`,
  "emergency.justification": (p) => `emergency.justification \u592A\u77ED\uFF0C\u8BF4\u660E\u4E0D\u4E86\u539F\u56E0\uFF1A\u6309\u5B57\u7B26\u8BA1\uFF0C\u4E00\u4E2A\u6C49\u5B57\u7B97 2 \u4E2A\u3001\u5B57\u6BCD\u6570\u5B57\u548C\u7A7A\u683C\u7B97 1 \u4E2A\uFF0C\u5DF2\u5199 ${p.length} \u4E2A\uFF0C\u81F3\u5C11\u9700\u8981 ${p.min} \u4E2A\uFF08\u8FD8\u5DEE\u7EA6 ${Math.ceil((p.min - p.length) / 2)} \u4E2A\u6C49\u5B57\uFF09\uFF1B\u8BF7\u5199\u660E\u4E3A\u4EC0\u4E48\u4E0D\u80FD\u7B49\u5230\u4E0B\u4E00\u4E2A\u5347\u7EA7\u7A97\u53E3`,
  "emergency.justification-placeholder": () => "emergency.justification \u53EA\u662F\u5360\u4F4D\u5185\u5BB9\uFF1A\u8BF7\u5199\u660E\u4E3A\u4EC0\u4E48\u4E0D\u80FD\u7B49\u5230\u4E0B\u4E00\u4E2A\u5347\u7EA7\u7A97\u53E3",
  "emergency.confirmation": (p) => `\u7F3A\u5C11 emergency.confirmation.${p.missing}\uFF1A\u7D27\u6025\u5347\u7EA7\u6267\u884C\u524D\uFF0C\u987B\u901A\u8FC7\u7535\u8BDD\u4E0E\u76F8\u5173\u90E8\u95E8\u6C9F\u901A\u786E\u8BA4\uFF0C\u5E76\u53D1\u90AE\u4EF6\u901A\u77E5\u603B\u7ECF\u7406\u529E\u516C\u5BA4\u8FDB\u884C\u4E34\u65F6\u5347\u7EA7\u767B\u8BB0\uFF08\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B4.3\uFF09`,
  "evidence.exists": (p) => `${p.field} \u6307\u5411 ${p.path}\uFF0C\u4F46\u4ED3\u5E93\u4E2D\u6CA1\u6709\u8FD9\u4E2A\u6587\u4EF6\uFF1A\u8BF7\u5728\u8BE5\u8DEF\u5F84\uFF08\u76F8\u5BF9\u4ED3\u5E93\u6839\u76EE\u5F55\uFF09\u63D0\u4EA4\u6587\u4EF6\uFF0C\u6216\u6539\u6B63\u8DEF\u5F84`,
  "evidence.path": (p) => `${p.field} ${JSON.stringify(p.path)} ${UNSAFE_PATH2[p.why]}\uFF1A\u8BF7\u586B\u5199\u76F8\u5BF9\u4ED3\u5E93\u6839\u76EE\u5F55\u7684\u8DEF\u5F84\uFF0C\u4F8B\u5982 docs/acceptance/report.md`,
  "release.forward": (p) => `release.to\uFF08${p.to}\uFF09\u5E76\u4E0D\u6BD4 release.from\uFF08${p.from}\uFF09\u65B0\uFF1A\u5347\u7EA7\u5E94\u5B89\u88C5\u66F4\u65B0\u7684\u7248\u672C\uFF1B\u5982\u9700\u56DE\u9000\uFF0C\u8BF7\u53D1\u5E03\u4E00\u4E2A\u7248\u672C\u53F7\u66F4\u9AD8\u7684\u65B0\u7248\u672C`,
  "document.unique-id": (p) => `\u7F16\u53F7 ${p.id} \u5DF2\u88AB ${p.other} \u4F7F\u7528\uFF1A\u6BCF\u6B21\u5347\u7EA7\u987B\u6709\u81EA\u5DF1\u7684\u5BA1\u6279\u5355\u7F16\u53F7\uFF08NO.\uFF09`,
  "approval.self": (p) => `@${p.login} \u6279\u51C6\u4E86\u81EA\u5DF1\u63D0\u4EA4\u7684 PR\uFF1A\u4F5C\u8005\u672C\u4EBA\u7684\u6279\u51C6\u4E0D\u8BA1\u5165\uFF1B\u8BF7\u7531\u62C5\u4EFB\u8BE5\u89D2\u8272\u7684\u5176\u4ED6\u4EBA\u5BA1\u6279`,
  "approval.contributor": (p) => `@${p.login} \u662F\u8BE5 PR \u4E2D\u63D0\u4EA4\u7684\u4F5C\u8005\u6216\u63D0\u4EA4\u8005\uFF1A\u4FEE\u6539\u8FC7 PR \u7684\u4EBA\u7684\u5BA1\u6279\u4E0D\u8BA1\u5165\uFF1B\u8BF7\u7531\u62C5\u4EFB\u8BE5\u89D2\u8272\u7684\u5176\u4ED6\u4EBA\u5BA1\u6279`,
  "approval.contributors-unknown": (p) => `@${p.login} \u7684\u5BA1\u6279\u4E0D\u8BA1\u5165\uFF1A\u65E0\u6CD5\u5217\u51FA\u8BE5 PR \u7684\u5168\u90E8\u63D0\u4EA4\uFF0C\u65E0\u6CD5\u786E\u8BA4 @${p.login} \u662F\u5426\u4FEE\u6539\u8FC7\u5B83`,
  "approval.stale": (p) => `@${p.login} \u5728\u63D0\u4EA4 ${p.commit} \u4E0A\u7684\u5BA1\u6279\u5DF2\u5931\u6548\uFF1A${p.changed ? `\u6B64\u540E ${p.changed}${p.more ? ` \u7B49\u53E6\u5916 ${p.more} \u4E2A\u6587\u4EF6` : ""}\u6709\u53D8\u66F4` : `\u65E0\u6CD5\u8BFB\u53D6 ${p.commit} \u4E4B\u540E\u7684\u53D8\u66F4`}\uFF1B\u8BF7 @${p.login} \u5BF9\u5F53\u524D\u6700\u65B0\u63D0\u4EA4 ${p.head} \u91CD\u65B0\u5BA1\u6279`,
  "approval.stale-base": (p) => `@${p.login} \u7684\u5BA1\u6279\u5DF2\u5931\u6548\uFF1A\u8BE5 PR \u5728\u5BA1\u6279\u4E4B\u540E\uFF08${p.at}\uFF09\u6539\u4E3A\u5408\u5165\u53E6\u4E00\u4E2A\u76EE\u6807\u5206\u652F\uFF0C\u53D8\u66F4\u5185\u5BB9\u5DF2\u4E0D\u662F\u5BA1\u6279\u65F6\u7684\u5185\u5BB9\uFF1B\u8BF7 @${p.login} \u5BF9\u5F53\u524D\u6700\u65B0\u63D0\u4EA4 ${p.head} \u91CD\u65B0\u5BA1\u6279`,
  "approval.blocked": (p) => `@${p.login}\uFF08${p.role.zh}\uFF09\u8981\u6C42\u4FEE\u6539\uFF1A\u8BF7\u6309\u610F\u89C1\u4FEE\u6539\u540E\u8BF7 @${p.login} \u6279\u51C6\uFF1B\u8981\u6C42\u4FEE\u6539\u672A\u64A4\u9500\u524D\uFF0C${p.role.zh}\u7684\u5BA1\u6279\u4E0D\u6210\u7ACB`,
  "approval.distinct": (p) => `@${p.login} \u5DF2\u4EE3\u8868\u53E6\u4E00\u4E2A\u89D2\u8272\u7B7E\u5B57\uFF1A${p.role.zh}\u987B\u7531\u53E6\u4E00\u4EBA\u5BA1\u6279\uFF0C\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B\u8981\u6C42\u4E24\u4EBA\u5206\u522B\u7B7E\u5B57`,
  "approval.missing": (p) => `\u5F85${p.role.zh}\u5BA1\u6279\uFF1A\u987B\u7531 ${p.owners} \u7684\u6210\u5458${p.examples ? `\uFF08\u5982 ${p.examples}\uFF09` : ""}\u6279\u51C6\u5F53\u524D\u6700\u65B0\u63D0\u4EA4 ${p.head}${p.note ? `\uFF1B\u6CE8\u610F\uFF1A${p.note}` : ""}`,
  "codeowners.coverage-none": (p) => `\u57FA\u7840\u5206\u652F\u4E0A\u6CA1\u6709 CODEOWNERS \u6587\u4EF6\uFF0C\u56E0\u6B64 ${p.path} \u6CA1\u6709\u4EE3\u7801\u6240\u6709\u8005\uFF0CGitHub \u4E0D\u4F1A\u8BF7\u6C42${zhRoles(p.roles)}\u5BA1\u67E5\uFF1A\u8BF7\u6DFB\u52A0 .github/CODEOWNERS\uFF0C\u5199\u5165\u8FD9\u4E00\u884C "${p.fix}"`,
  "codeowners.coverage-unmatched": (p) => `\u6CA1\u6709\u4EFB\u4F55 CODEOWNERS \u89C4\u5219\u5339\u914D ${p.path}\uFF0C\u56E0\u6B64\u5B83\u6CA1\u6709\u4EE3\u7801\u6240\u6709\u8005\uFF0CGitHub \u4E0D\u4F1A\u8BF7\u6C42${zhRoles(p.roles)}\u5BA1\u67E5\uFF1A\u8BF7\u5728 CODEOWNERS \u672B\u5C3E\u6DFB\u52A0\u8FD9\u4E00\u884C "${p.fix}"\uFF08\u4EE5\u6700\u540E\u4E00\u6761\u5339\u914D\u7684\u89C4\u5219\u4E3A\u51C6\uFF0C\u6240\u4EE5\u8FD9\u4E00\u884C\u8981\u5217\u51FA\u6BCF\u4E2A\u89D2\u8272\uFF09`,
  "codeowners.coverage-ownerless": (p) => `${p.path} \u5339\u914D CODEOWNERS \u7B2C ${p.line} \u884C\uFF0C\u4F46\u8BE5\u884C\u6CA1\u6709\u5217\u51FA\u4EFB\u4F55\u6240\u6709\u8005\uFF0CGitHub \u4E0D\u4F1A\u8BF7\u6C42${zhRoles(p.roles)}\u5BA1\u67E5\uFF1A\u8BF7\u5728 CODEOWNERS \u672B\u5C3E\u6DFB\u52A0\u8FD9\u4E00\u884C "${p.fix}"\uFF08\u4EE5\u6700\u540E\u4E00\u6761\u5339\u914D\u7684\u89C4\u5219\u4E3A\u51C6\uFF0C\u6240\u4EE5\u8FD9\u4E00\u884C\u8981\u5217\u51FA\u6BCF\u4E2A\u89D2\u8272\uFF09`,
  "codeowners.coverage": (p) => `${p.path} \u7684\u4EE3\u7801\u6240\u6709\u8005\u662F ${p.owners}\uFF08CODEOWNERS \u7B2C ${p.line} \u884C\uFF09\uFF0C\u5176\u4E2D\u6CA1\u6709${zhRoles(p.roles)}\u7684\u4EE3\u7801\u6240\u6709\u8005\uFF1A\u8BF7\u5728 CODEOWNERS \u672B\u5C3E\u6DFB\u52A0\u8FD9\u4E00\u884C "${p.fix}"\uFF08\u4EE5\u6700\u540E\u4E00\u6761\u5339\u914D\u7684\u89C4\u5219\u4E3A\u51C6\uFF0C\u6240\u4EE5\u8FD9\u4E00\u884C\u8981\u5217\u51FA\u6BCF\u4E2A\u89D2\u8272\uFF09`,
  "codeowners.negation": () => "\u65E0\u6548\u7684\u8DEF\u5F84\u6A21\u5F0F\uFF1ACODEOWNERS \u4E0D\u652F\u6301\u7528 ! \u53D6\u53CD\uFF0CGitHub \u4F1A\u8DF3\u8FC7\u8FD9\u4E00\u884C\uFF1A\u5982\u9700\u8BA9\u67D0\u4E9B\u8DEF\u5F84\u6CA1\u6709\u6240\u6709\u8005\uFF0C\u8BF7\u5728\u540E\u9762\u5355\u72EC\u4E3A\u5B83\u4EEC\u5199\u4E00\u884C\uFF0C\u4E14\u4E0D\u5199\u6240\u6709\u8005",
  "codeowners.range": () => "\u65E0\u6548\u7684\u8DEF\u5F84\u6A21\u5F0F\uFF1ACODEOWNERS \u4E0D\u652F\u6301\u7528 [ ] \u8868\u793A\u5B57\u7B26\u8303\u56F4\uFF0CGitHub \u4F1A\u8DF3\u8FC7\u8FD9\u4E00\u884C\uFF1A\u8BF7\u4E3A\u8303\u56F4\u4EE3\u8868\u7684\u6BCF\u4E2A\u540D\u79F0\u5404\u5199\u4E00\u884C",
  "codeowners.escaped-hash": () => "\u65E0\u6548\u7684\u8DEF\u5F84\u6A21\u5F0F\uFF1ACODEOWNERS \u4E0D\u80FD\u7528 \\ \u8F6C\u4E49 #\uFF0CGitHub \u4F1A\u8DF3\u8FC7\u8FD9\u4E00\u884C\uFF0C\u4E5F\u5339\u914D\u4E0D\u5230\u4EE5 # \u5F00\u5934\u7684\u8DEF\u5F84\uFF1A\u8BF7\u6539\u4E3A\u6307\u5B9A\u5305\u542B\u8FD9\u4E9B\u6587\u4EF6\u7684\u76EE\u5F55",
  "codeowners.triple-star": () => "\u65E0\u6548\u7684\u8DEF\u5F84\u6A21\u5F0F\uFF1A\u4E0D\u80FD\u8FDE\u5199\u4E09\u4E2A\u661F\u53F7\uFF0CGitHub \u4F1A\u8DF3\u8FC7\u8FD9\u4E00\u884C\uFF1A\u4EFB\u610F\u591A\u5C42\u76EE\u5F55\u8BF7\u5199 **",
  "codeowners.root": () => "\u65E0\u6548\u7684\u8DEF\u5F84\u6A21\u5F0F\uFF1A\u6A21\u5F0F / \u5339\u914D\u4E0D\u5230\u4EFB\u4F55\u6587\u4EF6\uFF0CGitHub \u4F1A\u8DF3\u8FC7\u8FD9\u4E00\u884C\uFF1A\u5982\u8981\u6307\u5B9A\u4ED3\u5E93\u4E2D\u7684\u5168\u90E8\u6587\u4EF6\uFF0C\u8BF7\u5199 *",
  "codeowners.owner": (p) => `\u65E0\u6548\u7684\u6240\u6709\u8005\uFF1A${JSON.stringify(p.token)} \u4E0D\u662F\u6709\u6548\u7684\u6240\u6709\u8005\uFF0CGitHub \u4F1A\u8DF3\u8FC7\u8FD9\u4E00\u884C\uFF1A\u8BF7\u5199\u6210 @\u7528\u6237\u540D\u3001@\u7EC4\u7EC7/\u56E2\u961F \u6216\u7535\u5B50\u90AE\u4EF6\u5730\u5740`,
  "codeowners.too-large": () => "\u6587\u4EF6\u8FC7\u5927\uFF1ACODEOWNERS \u8FBE\u5230 3 MB \u6216\u4EE5\u4E0A\uFF0CGitHub \u5B8C\u5168\u4E0D\u4F1A\u52A0\u8F7D\u5B83\uFF0C\u6240\u6709\u8DEF\u5F84\u90FD\u6CA1\u6709\u6240\u6709\u8005\uFF1A\u8BF7\u628A\u5176\u4E2D\u7684\u89C4\u5219\u5408\u5E76\u4E3A\u66F4\u5C11\u3001\u8303\u56F4\u66F4\u5927\u7684\u51E0\u6761",
  "merge.closed": (p) => `${p.reason}\uFF1A\u5E38\u89C4\u5347\u7EA7\u73B0\u5728\u4E0D\u80FD\u5408\u5E76\uFF1B${p.flip ? `\u5347\u7EA7\u7A97\u53E3${p.flip}` : p.over ? "\u8BE5\u6587\u6863\u7684\u5347\u7EA7\u7A97\u53E3\u5DF2\u8FC7\uFF08\u6216\u4E0D\u5728\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u65E5\u5F00\u59CB\uFF09\uFF0C\u4E0D\u4F1A\u518D\u5F00\u653E\uFF1A\u8BF7\u53E6\u5199\u4E00\u4EFD\u4F7F\u7528\u65B0\u7F16\u53F7\uFF08NO.\uFF09\u548C\u65B0\u5347\u7EA7\u7A97\u53E3\u7684\u5347\u7EA7\u6587\u6863" : "\u4E00\u5E74\u4E4B\u5185\u90FD\u6CA1\u6709\u53EF\u5408\u5E76\u7684\u65F6\u95F4\uFF0C\u8BF7\u68C0\u67E5 merge-days \u548C freezes \u914D\u7F6E"}\uFF1B\u5982\u9047\u5927\u8303\u56F4\u7CFB\u7EDF\u6545\u969C\u6216\u4E1A\u52A1\u505C\u987F\uFF0C\u8BF7\u8D70\u7D27\u6025\u5347\u7EA7\u6D41\u7A0B`,
  "window.merge-day": (p) => `${p.date}\uFF08${zhWeekday(p.day)}\uFF0C${zhZone(p.zone)}\uFF09\u662F\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u65E5`,
  "window.not-merge-day": (p) => `${p.date}\uFF08${zhWeekday(p.day)}\uFF0C${zhZone(p.zone)}\uFF09\u4E0D\u662F\u751F\u4EA7\u73AF\u5883\u5347\u7EA7\u65E5`,
  "window.in-freeze": (p) => `${p.date}\uFF08${zhWeekday(p.day)}\uFF0C${zhZone(p.zone)}\uFF09\u5904\u4E8E\u5C01\u7248\u671F"${p.freeze.name}"\uFF08${p.freeze.from} \u81F3 ${p.freeze.to}\uFF09`,
  "window.outside": (p) => `${zhMoment(p.at)} \u4E0D\u5728\u6587\u6863\u5141\u8BB8\u5408\u5E76\u7684\u65F6\u95F4\u5185\uFF08${zhMoment(p.start)} \u81F3 ${zhMoment(p.end)}\uFF09`,
  "window.inside": (p) => `${zhMoment(p.at)} \u5728\u6587\u6863\u5141\u8BB8\u5408\u5E76\u7684\u65F6\u95F4\u5185\uFF08${zhMoment(p.start)} \u81F3 ${zhMoment(p.end)}\uFF09`,
  "window.apart": (p) => `\u5404\u6587\u6863\u7684\u5347\u7EA7\u7A97\u53E3\u6CA1\u6709\u5171\u540C\u7684\u65F6\u95F4\uFF08\u6700\u665A\u7684 ${zhMoment(p.start)} \u5F00\u59CB\uFF0C\u6700\u65E9\u7684 ${zhMoment(p.end)} \u7ED3\u675F\uFF09\uFF1A\u8BF7\u8C03\u6574\u5347\u7EA7\u7A97\u53E3\u4F7F\u5176\u91CD\u53E0\uFF0C\u6216\u62C6\u5206\u4E3A\u591A\u4E2A PR`,
  "window.emergency-allows": (p) => `${p.reason}\uFF1B\u7D27\u6025\u5347\u7EA7\u6D41\u7A0B\u5141\u8BB8\u5408\u5E76`,
  "window.flip": (p) => `\u5C06\u4E8E ${zhMoment(p.flip.at)}\uFF08${zhZone(p.flip.zone)}\uFF09${p.flip.opens ? "\u5F00\u653E" : "\u5173\u95ED"}\uFF08\u8FD8\u6709 ${zhDuration(p.flip.minutes)}\uFF09`,
  "summary.unseen": (p) => `\u65E0\u6CD5\u8BFB\u53D6\uFF1A${p.what}`,
  "summary.problems": (p) => `${p.problems} \u4E2A\u95EE\u9898\uFF1A${p.first}`,
  "summary.none": () => "\u672C PR \u4E0D\u542B\u5347\u7EA7\u6587\u6863\uFF1A\u65E0\u9700\u68C0\u67E5",
  "summary.config-error": (p) => `\u914D\u7F6E\u9519\u8BEF\uFF1A${p.message || "\u8BE6\u89C1\u8BF4\u660E"}`,
  "summary.signed": (p) => `${p.role.zh}\u5DF2\u7531 @${p.login} \u6279\u51C6${p.via ? `\uFF08\u7ECF ${p.via}\uFF09` : ""}`,
  "summary.ready": (p) => `\u53EF\u4EE5\u5408\u5E76\uFF1A${p.signed || "\u6309\u5F53\u524D\u914D\u7F6E\u65E0\u9700\u5BA1\u6279"}\uFF1B${{ emergency: "\u7D27\u6025\u5347\u7EA7", open: "\u5347\u7EA7\u7A97\u53E3\u5F00\u653E\u4E2D", relaxed: "\u5347\u7EA7\u65E5\u89C4\u5219\u5DF2\u6309\u914D\u7F6E\u653E\u5BBD" }[p.how]}`,
  "summary.fail": (p) => `\u5C1A\u4E0D\u80FD\u5408\u5E76\uFF1A${p.window ? `${p.window}\uFF1B` : ""}${p.problems} \u4E2A\u95EE\u9898${p.missing ? `\uFF1B\u5F85\u5BA1\u6279\uFF1A${p.missing}` : ""}`,
  "summary.window-closed": (p) => `\u5347\u7EA7\u7A97\u53E3\u672A\u5F00\u653E${p.flip ? `\uFF0C${p.flip}` : ""}`,
  "summary.window-open": (p) => `\u4ECA\u5929${zhWeekday(p.day)}\uFF0C\u5347\u7EA7\u7A97\u53E3\u5F00\u653E\u4E2D`,
  "summary.list": (p) => p.items.join("\u3001"),
  "job.failed": (p) => `upgrade-gate \u68C0\u67E5\u4E0D\u901A\u8FC7\uFF1A${p.summary}`,
  "job.breach": (p) => `upgrade-gate\uFF1APR #${p.pr} \u8FDD\u53CD\u5347\u7EA7\u7BA1\u7406\u89C4\u5B9A\u5408\u5E76\uFF08${p.count} \u9879\u8FDD\u89C4\uFF09\uFF1B\u5347\u7EA7\u6863\u6848 ${p.path} \u5DF2\u5982\u5B9E\u8BB0\u5F55`,
  "job.could-not-finish": (p) => `upgrade-gate \u672A\u80FD\u5B8C\u6210\uFF1A${p.error}`,
  "job.verdict": (p) => `upgrade-gate\uFF1APR #${p.pr} \u68C0\u67E5\u7ED3\u679C\u4E3A${{ pass: "\u901A\u8FC7", fail: "\u4E0D\u901A\u8FC7", error: "\u51FA\u9519" }[p.outcome] ?? ` ${p.outcome}`}\uFF1A${p.summary}`,
  "status.could-not-evaluate": (p) => `\u65E0\u6CD5\u5B8C\u6210\u68C0\u67E5\uFF1A${p.error}`,
  "status.could-not-reevaluate": (p) => `\u65E0\u6CD5\u91CD\u65B0\u68C0\u67E5\uFF1A${p.error}`,
  "md.head.archived": () => "\u2705 upgrade-gate\uFF1A\u5DF2\u5408\u5E76\u5E76\u5F52\u6863",
  "md.head.archived-violations": () => "\u26A0\uFE0F upgrade-gate\uFF1A\u8FDD\u53CD\u5347\u7EA7\u7BA1\u7406\u89C4\u5B9A\u5408\u5E76\uFF0C\u5DF2\u8FDE\u540C\u8FDD\u89C4\u8BB0\u5F55\u5F52\u6863",
  "md.head.ready": () => "\u2705 upgrade-gate\uFF1A\u53EF\u4EE5\u5408\u5E76",
  "md.head.config-error": () => "\u26D4 upgrade-gate\uFF1A\u914D\u7F6E\u9519\u8BEF",
  "md.head.not-ready": () => "\u274C upgrade-gate\uFF1A\u5C1A\u4E0D\u80FD\u5408\u5E76",
  "md.archive": (p) => `**\u5347\u7EA7\u6863\u6848\uFF1A** ${p.path}\uFF08\u53CA\u540C\u76EE\u5F55\u4E0B\u7684 \`.md\`\uFF09\uFF1B\u53EF\u7528 \`npx upgrade-gate verify\` \u6821\u9A8C`,
  "md.window": (p) => `**\u5347\u7EA7\u7A97\u53E3\uFF1A** ${p.line}`,
  "md.window.emergency": (p) => `\u{1F6A8} \u7D27\u6025\u5347\u7EA7\uFF1A\u4E0D\u53D7\u5347\u7EA7\u65E5\u9650\u5236\uFF08${p.reason}\uFF09`,
  "md.window.open": (p) => `\u2705 \u5F00\u653E\uFF1A${p.reason}${p.flip ? `\uFF1B${p.flip}` : ""}`,
  "md.window.closed": (p) => `\u26D4 \u672A\u5F00\u653E\uFF1A${p.reason}${p.flip ? `\uFF1B${p.flip}` : ""}`,
  "md.emergency-label": (p) => `**\u7D27\u6025\u5347\u7EA7\u6807\u7B7E\uFF1A** ${p.label}${p.by ? `\uFF0C\u7531 ${p.by} \u4E8E ${p.at} \u6DFB\u52A0` : ""}\uFF1B\u672C\u6708\u6B64\u524D\u5DF2\u6709 ${p.earlier} \u6B21\u7D27\u6025\u5347\u7EA7`,
  "md.role.approved": (p) => `\u2705 \u5DF2\u7531 ${p.by} \u6279\u51C6${p.via ? `\uFF08\u7ECF ${p.via}\uFF09` : ""}\uFF0C${p.at}`,
  "md.role.blocked": (p) => `\u274C ${p.by} \u8981\u6C42\u4FEE\u6539`,
  "md.role.waiting": (p) => `\u23F3 \u5F85 ${p.owners} \u7684\u6210\u5458\u5BA1\u6279`,
  "md.role.not-counted": (p) => `\uFF08\u4E0D\u8BA1\u5165\uFF1A${p.list}\uFF09`,
  "md.roles-missing": () => "\u672A\u914D\u7F6E\u5BA1\u6279\u89D2\u8272",
  "md.verification": (p) => `${p.cases} \u4E2A\u9A8C\u8BC1\u7528\u4F8B\uFF1B\u7528\u6237\u9A8C\u8BC1\uFF1A${p.by}\uFF0C${p.on}\uFF1B\u7070\u5EA6\u73AF\u5883\u6D4B\u8BD5\uFF1A${p.gray}`,
  "md.next": () => "\u5F85\u5904\u7406",
  "md.time": (p) => `${p.date} ${p.time}\uFF08${zhZone(p.zone)}\uFF09`,
  "md.more": (p) => `\u2026\u2026 \u53E6\u6709 ${p.count} \u9879${p.log ? `\uFF0C\u89C1[\u8FD0\u884C\u65E5\u5FD7](${p.log})` : ""}`,
  "md.evaluated": (p) => `\u68C0\u67E5\u65F6\u95F4\uFF1A${p.at}${p.run ? ` \xB7 [\u8FD0\u884C\u8BB0\u5F55](${p.run})` : ""}`,
  "md.sign.heading": () => "\u5BA1\u6279\u4EBA\u786E\u8BA4\u7684\u5185\u5BB9",
  "md.sign.columns": () => "| \u9879\u76EE | \u6587\u6863\u4E2D\u7684\u5185\u5BB9 |",
  "md.sign.reason": () => "\u7D27\u6025\u5347\u7EA7\u539F\u56E0",
  "md.sign.reason-value": (p) => `${{ "system-failure": "3.2 \u60C5\u5F62\u2460\uFF1A\u56E0\u7CFB\u7EDF\u6545\u969C\u5F71\u54CD\u8BE5\u7CFB\u7EDF\u7684\u7EE7\u7EED\u4F7F\u7528\uFF0C\u4E14\u5F71\u54CD\u8303\u56F4\u8F83\u5927", "business-stoppage": "3.2 \u60C5\u5F62\u2461\uFF1A\u7CFB\u7EDF\u529F\u80FD\u5DF2\u65E0\u6CD5\u6EE1\u8DB3\u4E1A\u52A1\u5F00\u5C55\uFF0C\u4E14\u4F1A\u9020\u6210\u8F83\u5927\u8303\u56F4\u7684\u4E1A\u52A1\u505C\u987F" }[p.reason] ?? "\u4E0D\u5C5E\u4E8E 3.2 \u89C4\u5B9A\u7684\u4E24\u79CD\u60C5\u5F62"}\uFF08${p.reason}\uFF09`,
  "md.sign.impact": () => "\u5F71\u54CD\u8303\u56F4",
  "md.sign.justification": () => "\u4E0D\u80FD\u7B49\u5230\u5347\u7EA7\u7A97\u53E3\u7684\u7406\u7531",
  "md.sign.phone": () => "\u7535\u8BDD\u786E\u8BA4",
  "md.sign.phone-value": (p) => `${p.by}\uFF0C${p.at}`,
  "md.sign.email": () => "\u90AE\u4EF6\u4E34\u65F6\u5347\u7EA7\u767B\u8BB0\uFF08\u603B\u7ECF\u7406\u529E\u516C\u5BA4\uFF09",
  "md.sign.backup": () => "\u5907\u4EFD\uFF08\u6570\u636E\u3001\u7A0B\u5E8F\u3001\u914D\u7F6E\u811A\u672C\uFF09",
  "md.sign.backup-part": (p) => `${BACKUP_PART[p.part]}\uFF1A${p.method} \u2192 ${p.location}`,
  "md.sign.rollback": () => "\u56DE\u9000\u65B9\u6848\uFF08\u6062\u590D\u81F3\u5347\u7EA7\u524D\u7684\u5907\u4EFD\u7248\u672C\uFF09",
  "md.sign.notice": () => "\u5168\u5458\u901A\u77E5",
  "md.sign.notice-value": (p) => `${p.at}\uFF0C\u901A\u8FC7 ${p.channels}`,
  "md.sign.channel": (p) => ({ "qq-group": "QQ \u7FA4", wechat: "\u5FAE\u4FE1\u516C\u4F17\u53F7", email: "\u90AE\u4EF6" })[p.channel] ?? p.channel,
  "md.sign.gray": () => "\u7070\u5EA6\u73AF\u5883\u6D4B\u8BD5",
  "md.sign.gray-value": (p) => `${{ passed: "\u901A\u8FC7", failed: "\u4E0D\u901A\u8FC7" }[p.result] ?? p.result}\uFF0C${p.completed}${p.report ? `\uFF0C\u62A5\u544A ${p.report}` : ""}`,
  "md.sign.missing": (p) => `\u2014 \u672A\u586B\u5199 ${p.part}`,
  "md.sign.list": (p) => p.items.join("\uFF1B"),
  "role.title": (p) => p.role.zh,
  "approval.not-counted-author": () => "PR \u4F5C\u8005\u672C\u4EBA",
  "approval.not-counted-stale": (p) => `\u6279\u51C6\u7684\u662F ${p.commit}\uFF0C${p.changed === void 0 ? "\u4E4B\u540E\u7684\u53D8\u66F4\u65E0\u6CD5\u6BD4\u5BF9" : `\u4E4B\u540E ${p.changed}${p.more ? ` \u7B49 ${p.more + 3} \u4E2A\u6587\u4EF6\u6709\u53D8\u66F4` : " \u6709\u53D8\u66F4"}`}`,
  "approval.not-counted-after-merge": (p) => `\u5728\u5408\u5E76\u4E4B\u540E\u624D\u6279\u51C6\uFF08${p.at}\uFF09`,
  "approval.not-counted-base-changed": (p) => `\u5728\u76EE\u6807\u5206\u652F\u53D8\u66F4\uFF08${p.at}\uFF09\u4E4B\u524D\u6279\u51C6`,
  "approval.not-counted-committer": () => "\u672C\u4EBA\u5411\u8BE5 PR \u63D0\u4EA4\u8FC7\u4EE3\u7801",
  "approval.not-counted-contributors-unknown": () => "\u65E0\u6CD5\u5217\u51FA\u8BE5 PR \u7684\u5168\u90E8\u63D0\u4EA4\uFF0C\u4E0D\u80FD\u786E\u8BA4\u5BA1\u6279\u4EBA\u662F\u5426\u6539\u52A8\u8FC7",
  "emergency.applier": (p) => `"${p.label}" \u6807\u7B7E\u7531 @${p.login} \u6DFB\u52A0\uFF0C\u4F46\u5176\u4E0D\u662F${zhRoles(p.roles)}\u7684\u6210\u5458\uFF1A\u8BE5\u6807\u7B7E\u53EA\u80FD\u7531\u4ED6\u4EEC\u6DFB\u52A0\uFF08\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B4.3\uFF09\uFF0C\u56E0\u6B64\u4E0D\u80FD\u8C41\u514D\u5347\u7EA7\u65E5\u9650\u5236${p.unreadable ? `\uFF08\u65E0\u6CD5\u8BFB\u53D6\u56E2\u961F ${p.unreadable}\uFF1A\u8BF7\u5728 teams: \u4E0B\u5217\u51FA\u5176\u6210\u5458\uFF0C\u6216\u7ED9\u4EE4\u724C\u7EC4\u7EC7\u6743\u9650\u201CMembers: read\u201D\uFF09` : ""}\uFF1B\u8BF7\u4ED6\u4EEC\u79FB\u9664\u8BE5\u6807\u7B7E\u540E\u91CD\u65B0\u6DFB\u52A0`,
  "emergency.applier-author": (p) => `"${p.label}" \u6807\u7B7E\u7531 PR \u4F5C\u8005 @${p.login} \u672C\u4EBA\u6DFB\u52A0\uFF1A\u4F5C\u8005\u4E0D\u80FD\u4E3A\u81EA\u5DF1\u7684 PR \u5BA3\u5E03\u7D27\u6025\u5347\u7EA7\uFF0C\u56E0\u6B64\u4E0D\u80FD\u8C41\u514D\u5347\u7EA7\u65E5\u9650\u5236\uFF1B\u8BE5\u6807\u7B7E\u53EA\u80FD\u7531${zhRoles(p.roles)}\u7684\u6210\u5458\u6DFB\u52A0\uFF08\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B4.3\uFF09\uFF1A\u8BF7\u4ED6\u4EEC\u79FB\u9664\u8BE5\u6807\u7B7E\u540E\u91CD\u65B0\u6DFB\u52A0`,
  "emergency.applier-unknown": (p) => `\u65E0\u6CD5\u4ECE PR \u7684\u4E8B\u4EF6\u4E2D\u8BFB\u51FA\u662F\u8C01\u6DFB\u52A0\u4E86 "${p.label}" \u6807\u7B7E\uFF0C\u56E0\u6B64\u4E0D\u80FD\u8C41\u514D\u5347\u7EA7\u65E5\u9650\u5236\uFF1A\u53EA\u6709${zhRoles(p.roles)}\u7684\u6210\u5458\u6DFB\u52A0\u7684\u6807\u7B7E\u624D\u6709\u6548\uFF08\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B4.3\uFF09\uFF1B\u8BF7\u7ED9\u4EE4\u724C\u201CIssues: read\u201D\u6216\u201CPull requests: read\u201D\u6743\u9650\u540E\u91CD\u65B0\u8FD0\u884C`,
  "emergency.label-without-document": (p) => `PR \u5E26\u6709 "${p.label}" \u6807\u7B7E\uFF0C\u4F46\u6CA1\u6709\u4EFB\u4F55\u5347\u7EA7\u6587\u6863\u5199\u660E type: emergency\uFF1A\u8BF7\u5728\u6587\u6863\u4E2D\u8BBE\u7F6E type: emergency \u5E76\u8865\u5145 emergency \u90E8\u5206\uFF0C\u6216\u53BB\u6389\u8BE5\u6807\u7B7E`,
  "emergency.document-without-label": (p) => `\u6587\u6863\u5199\u660E type: emergency\uFF0C\u4F46 PR \u6CA1\u6709 "${p.label}" \u6807\u7B7E\uFF1A\u8BF7\u52A0\u4E0A\u8BE5\u6807\u7B7E\uFF08\u6807\u7B7E\u8BB0\u5F55\u4E86\u7531\u8C01\u5BA3\u5E03\u7D27\u6025\u5347\u7EA7\uFF09\uFF0C\u6216\u6539\u4E3A\u5E38\u89C4\u5347\u7EA7`,
  "emergency.label-with-regular": (p) => `PR \u5E26\u6709 "${p.label}" \u6807\u7B7E\uFF0C\u4F46\u8FD9\u4EFD\u6587\u6863\u662F\u5E38\u89C4\u5347\u7EA7\uFF1A\u7D27\u6025\u5347\u7EA7\u7684 PR \u53EA\u80FD\u5305\u542B\u7D27\u6025\u5347\u7EA7\uFF0C\u8BF7\u628A\u8FD9\u4EFD\u6587\u6863\u79FB\u5230\u5355\u72EC\u7684 PR`,
  "emergency.budget": (p) => `${p.month} \u5DF2\u5408\u5E76 ${p.count} \u6B21\u7D27\u6025\u5347\u7EA7\uFF08${p.list || "\u672A\u5217\u51FA"}\uFF09\uFF0C\u6BCF\u6708\u4E0A\u9650\u4E3A ${p.budget} \u6B21\uFF1A\u8D85\u51FA\u4E0A\u9650\u987B\u7ECF\u603B\u7ECF\u7406\u529E\u516C\u5BA4\u540C\u610F\uFF1B\u53EA\u80FD\u901A\u8FC7\u4FEE\u6539\u7B56\u7565\u63D0\u9AD8 emergency.monthly-budget\uFF0C\u6216\u8BBE\u7F6E budget-severity: warning`,
  "document.archived": (p) => `${p.path} \u662F\u5DF2\u5F52\u6863\u7684\u5347\u7EA7\uFF08\u7F16\u53F7 ${p.id}\uFF0C\u5F52\u6863\u8BB0\u5F55 ${p.record}\uFF09\uFF1A\u5DF2\u5F52\u6863\u7684\u5347\u7EA7\u6587\u6863\u4E0D\u80FD\u4FEE\u6539\u3001\u5220\u9664\u6216\u6539\u540D\uFF08\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B3.7\uFF09\uFF1B\u8BF7\u64A4\u9500\u8FD9\u5904\u4FEE\u6539\uFF0C\u53E6\u5199\u4E00\u4EFD\u4F7F\u7528\u65B0\u7F16\u53F7\uFF08NO.\uFF09\u7684\u5347\u7EA7\u6587\u6863`,
  "archive.protected": (p) => `\u672C PR \u4FEE\u6539\u4E86\u5F52\u6863\uFF08${p.files}\uFF09\uFF1A${p.folder} \u4E0B\u7684\u5185\u5BB9\u53EA\u80FD\u7531 upgrade-gate \u81EA\u5DF1\u7684\u63D0\u4EA4\u5199\u5165\uFF08\u529E\u6CD5 3.7\uFF09\uFF1B\u8BF7\u4ECE PR \u4E2D\u53BB\u6389\u8FD9\u4E9B\u4FEE\u6539`,
  "policy.approval-missing": (p) => `\u672C PR \u4FEE\u6539\u4E86\u7B56\u7565\u6587\u4EF6\uFF08${p.files}\uFF09\uFF1A\u987B\u7531\u7B56\u7565\u8D1F\u8D23\u89D2\u8272${p.role.zh}\u6279\u51C6\uFF1B\u8BF7 ${p.owners} \u4E2D\u65E2\u975E\u4F5C\u8005\u4E5F\u672A\u63D0\u4EA4\u8FC7\u4EE3\u7801\u7684\u6210\u5458\u6279\u51C6\u5F53\u524D\u6700\u65B0\u63D0\u4EA4 ${p.head}`,
  "policy.approval-blocked": (p) => `\u672C PR \u4FEE\u6539\u4E86\u7B56\u7565\u6587\u4EF6\uFF08${p.files}\uFF09\uFF0C\u7B56\u7565\u8D1F\u8D23\u4EBA @${p.login}\uFF08${p.role.zh}\uFF09\u8981\u6C42\u4FEE\u6539\uFF1A\u8BF7\u6309\u610F\u89C1\u4FEE\u6539\u540E\u8BF7 @${p.login} \u6279\u51C6`,
  "policy.approval-no-role": (p) => `\u672C PR \u4FEE\u6539\u4E86\u7B56\u7565\u6587\u4EF6\uFF08${p.files}\uFF09\uFF0C\u4F46\u6CA1\u6709\u914D\u7F6E\u5BA1\u6279\u7B56\u7565\u53D8\u66F4\u7684\u89D2\u8272 "${p.role}"\uFF1A\u8BF7\u5728 roles \u4E0B\u6DFB\u52A0\u8BE5\u89D2\u8272\uFF0C\u6216\u7528 policy-owner: <\u89D2\u8272 id> \u6307\u5B9A\u7B56\u7565\u8D1F\u8D23\u89D2\u8272`,
  "summary.policy-approved": (p) => `\u7B56\u7565\u53D8\u66F4\u5DF2\u7531 @${p.login}\uFF08${p.role.zh}\uFF09\u6279\u51C6\uFF1B\u672C PR \u4E0D\u542B\u5347\u7EA7\u6587\u6863`,
  "md.policy.heading": () => "\u7B56\u7565\u53D8\u66F4",
  "md.policy.files": (p) => `\u672C PR \u4FEE\u6539\u4E86\u7B56\u7565\u6587\u4EF6 ${p.files}\uFF1A\u987B\u7ECF\u7B56\u7565\u8D1F\u8D23\u89D2\u8272\u6279\u51C6\uFF0C\u5408\u5E76\u65F6\u8BB0\u5165\u5347\u7EA7\u6863\u6848\u3002`,
  "status.forged": (p) => `\u5408\u5E76\u65F6\u8BE5\u63D0\u4EA4\u4E0A\u7684 upgrade-gate \u72B6\u6001\u4E3A ${p.state}${p.creator ? `\uFF08\u7531 ${p.creator} \u8BBE\u7F6E\uFF09` : ""}\uFF0C\u4F46\u6309\u5408\u5E76\u65F6\u523B\u8BC4\u4F30\u7684\u7ED3\u679C\u662F ${p.outcome}\uFF1APR \u5408\u5E76\u65F6\u8BE5\u68C0\u67E5\u5DF2\u88AB\u8986\u76D6\u6216\u5DF2\u8FC7\u671F`,
  "outcome.command": (p) => `\u7B2C\u4E00\u884C\u662F ${JSON.stringify(p.found)}\uFF1A\u5347\u7EA7\u7ED3\u679C\u5E94\u4EE5 /upgrade-result succeeded\u3001/upgrade-result failed \u6216 /upgrade-result restored \u5F00\u5934`,
  "outcome.unknown": (p) => `"${p.word}" \u4E0D\u662F\u5347\u7EA7\u7ED3\u679C\uFF1A${p.guess ? `\u662F\u4E0D\u662F\u60F3\u5199 ${p.guess}\uFF1F` : ""}\u8BF7\u5728 /upgrade-result \u540E\u5199 succeeded\uFF08\u9A8C\u8BC1\u7528\u4F8B\u5168\u90E8\u901A\u8FC7\uFF0C\u5347\u7EA7\u6210\u529F\uFF09\u3001failed\uFF08\u6709\u7528\u4F8B\u672A\u901A\u8FC7\uFF0C\u5347\u7EA7\u5931\u8D25\uFF09\u6216 restored\uFF08\u5DF2\u6062\u590D\u81F3\u5347\u7EA7\u524D\u7684\u5907\u4EFD\u7248\u672C\uFF09`,
  "outcome.extra": (p) => `\u7B2C\u4E00\u884C\u53EA\u5199\u5347\u7EA7\u7ED3\u679C\uFF0C\u4E0D\u8981\u5199 ${JSON.stringify(p.extra)}\uFF1A\u8BF7\u628A\u5B83\u79FB\u5230\u4E0B\u9762\u7684 notes \u4E2D`,
  "outcome.empty": () => '/upgrade-result \u540E\u9762\u6CA1\u6709\u5185\u5BB9\uFF1A\u8BF7\u5728\u4E0B\u9762\u51E0\u884C\u5199\u4E0A completed_at\u3001verification\uFF08\u6BCF\u4E2A\u7528\u4F8B passed \u6216 failed\uFF09\u548C notes\uFF0C\u4F8B\u5982 "completed_at: 2026-12-03T21:40"',
  "outcome.in-yaml": () => "\u5347\u7EA7\u7ED3\u679C\u5199\u5728\u7B2C\u4E00\u884C\uFF08/upgrade-result succeeded|failed|restored\uFF09\uFF0C\u4E0D\u4F5C\u4E3A\u5B57\u6BB5\u586B\u5199\uFF1A\u8BF7\u5220\u9664\u8FD9\u4E00\u884C",
  "outcome.document-required": (p) => `\u8FD9\u4E2A PR \u6709\u591A\u4EFD\u5347\u7EA7\u6587\u6863\uFF08${p.ids}\uFF09\uFF1A\u8BF7\u52A0\u4E00\u884C "document: <\u7F16\u53F7>"\uFF0C\u5199\u660E\u672C\u6B21\u7ED3\u679C\u5BF9\u5E94\u54EA\u4E00\u4EFD`,
  "outcome.document-unknown": (p) => `${p.id} \u4E0D\u662F\u8FD9\u4E2A PR \u4E2D\u7684\u5347\u7EA7\u6587\u6863\uFF1A${p.guess ? `\u662F\u4E0D\u662F\u60F3\u5199 ${p.guess}\uFF1F` : ""}\u8BF7\u4ECE ${p.ids} \u4E2D\u9009\u62E9`,
  "outcome.case-missing": (p) => `verification \u4E2D\u7F3A\u5C11 ${p.missing}\uFF1A\u6587\u6863\u4E2D\u7684\u6BCF\u4E2A\u9A8C\u8BC1\u7528\u4F8B\u90FD\u8981\u586B\u5199 passed \u6216 failed\uFF1B\u8BF7\u8865\u5145 ${p.example}`,
  "outcome.case-unknown": (p) => `\u9A8C\u8BC1\u7528\u4F8B ${p.id} \u4E0D\u5728\u6587\u6863\u4E2D\uFF1A${p.guess ? `\u662F\u4E0D\u662F\u60F3\u5199 ${p.guess}\uFF1F` : ""}\u6587\u6863\u4E2D\u7684\u7528\u4F8B\u662F ${p.cases}`,
  "outcome.succeeded-failed-case": (p) => `\u7528\u4F8B ${p.id} \u672A\u901A\u8FC7\uFF0C\u56E0\u6B64\u4E0D\u80FD\u7B97\u5347\u7EA7\u6210\u529F\uFF08\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B4.6\uFF09\uFF1A\u8BF7\u5199 /upgrade-result failed \u5E76\u8BF4\u660E\u5931\u8D25\u539F\u56E0\uFF0C\u6216\u5728\u5DF2\u6062\u590D\u5907\u4EFD\u65F6\u5199 restored`,
  "outcome.before-window": (p) => `completed_at\uFF08${p.completed}\uFF09\u65E9\u4E8E\u5347\u7EA7\u7A97\u53E3\u5F00\u59CB\u65F6\u95F4\uFF08${p.start}\uFF09\uFF1A\u5347\u7EA7\u53EA\u80FD\u5728\u5F00\u59CB\u4E4B\u540E\u5B8C\u6210\uFF1B\u8BF7\u586B\u5199\u5B9E\u9645\u65F6\u95F4\uFF08\u672A\u5199\u65F6\u533A\u504F\u79FB\u65F6\u6309\u7B56\u7565\u65F6\u533A\uFF09`,
  "outcome.future": (p) => `${p.field}\uFF08${p.value}\uFF09\u665A\u4E8E\u672C\u6761\u8BC4\u8BBA\u7684\u65F6\u95F4\uFF08${p.now}\uFF09\uFF1A\u8BF7\u8BB0\u5F55\u5DF2\u7ECF\u53D1\u751F\u7684\u4E8B\uFF0C\u5E76\u586B\u5199\u5B9E\u9645\u53D1\u751F\u7684\u65F6\u95F4\uFF08\u672A\u5199\u65F6\u533A\u504F\u79FB\u65F6\u6309\u7B56\u7565\u65F6\u533A\uFF09`,
  "outcome.notified-before-completed": (p) => `notified_at\uFF08${p.notified}\uFF09\u65E9\u4E8E completed_at\uFF08${p.completed}\uFF09\uFF1A\u5347\u7EA7\u5B8C\u6210\u901A\u77E5\uFF08\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B4.7\uFF09\u5E94\u5728\u5347\u7EA7\u5B8C\u6210\u4E4B\u540E\u53D1\u51FA\uFF1B\u8BF7\u6539\u6B63\u5176\u4E2D\u4E00\u4E2A\u65F6\u95F4`,
  "outcome.reply-findings": (p) => `\u5347\u7EA7\u7ED3\u679C\u672A\u8BB0\u5F55\uFF1A\u547D\u4EE4\u4E2D\u6709 ${p.count} \u5904\u95EE\u9898\u3002\u8BF7\u7F16\u8F91\u4F60\u7684\u8BC4\u8BBA\u6539\u6B63\uFF08\u672C\u56DE\u590D\u4F1A\u968F\u4E4B\u66F4\u65B0\uFF09\uFF0C\u6216\u91CD\u65B0\u53D1\u4E00\u6761\u8BC4\u8BBA\u3002`,
  "commit.archive": (p) => [
    `archive: \u5F52\u6863 ${p.documents}\uFF08PR #${p.pr}\uFF09${p.violations ? `\uFF0C\u8FDD\u89C4 ${p.violations} \u9879` : ""}`,
    "",
    `\u5347\u7EA7\u6863\u6848\u7B2C ${p.sequence} \u6761\u8BB0\u5F55\uFF1A${p.path}`,
    `${zhMoment(p.merged)}\uFF08${zhZone(p.zone)}\uFF09${p.mergedBy ? `\u7531 @${p.mergedBy} ` : ""}\u5408\u5E76\u3002`,
    ...p.backfilled ? ["\u5408\u5E76\u540E\u7531\u5B9A\u65F6\u4EFB\u52A1\u8865\u5F55\u3002"] : [],
    ...p.rules.length ? [`\u672C\u6B21\u5408\u5E76\u8FDD\u53CD\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B\uFF1A${p.rules.join("\u3001")}\u3002`] : []
  ].join(`
`),
  "commit.outcome": (p) => [
    `archive: ${p.document}\uFF08PR #${p.pr}\uFF09${OUTCOME_ZH[p.outcome] ?? p.outcome}\uFF0C\u8BB0\u5F55\u4EBA ${p.login}`,
    "",
    `\u5347\u7EA7\u6863\u6848\u7B2C ${p.sequence} \u6761\u8BB0\u5F55\uFF1A${p.path}\uFF0C\u4E3A ${p.upgrade} \u7684\u5347\u7EA7\u7ED3\u679C\u3002`,
    `\u5B8C\u6210\u65F6\u95F4 ${p.completed}\uFF08${zhZone(p.zone)}\uFF09\u3002`
  ].join(`
`),
  "outcome.reply-finding": (p) => `\u7B2C ${p.line} \u884C\u7B2C ${p.column} \u5217\uFF08\`${p.rule}\`\uFF09\uFF1A${p.message}`,
  "outcome.reply-comment": () => "\u8BC4\u8BBA",
  "outcome.not-allowed": (p) => `@${p.login} \u65E0\u6743\u8BB0\u5F55\u672C\u6B21\u5347\u7EA7\u7684\u7ED3\u679C\uFF0C\u56E0\u6B64\u6CA1\u6709\u8BB0\u5F55\u3002\u5347\u7EA7\u7ED3\u679C\u7531\u5347\u7EA7\u6587\u6863\u4E2D\u7684\u4EBA\u5458\u8BB0\u5F55\uFF08\u6267\u884C\u4EBA\u3001\u76D1\u7763\u4EBA\u3001\u9879\u76EE\u8D1F\u8D23\u4EBA\u3001\u8FD0\u7EF4\u8D1F\u8D23\u4EBA\uFF1A${p.people || "\u6587\u6863\u672A\u5199\u660E"}\uFF09${p.roles ? `\uFF0C\u6216\u7531 ${p.roles} \u7684\u6210\u5458\u8BB0\u5F55` : ""}\uFF08\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B4.6\uFF09\u3002`,
  "outcome.edited-by-other": (p) => `@${p.login} \u7F16\u8F91\u4E86 @${p.author} \u5199\u7684\u547D\u4EE4\uFF1A\u5347\u7EA7\u7ED3\u679C\u53EA\u6309\u4F5C\u8005\u672C\u4EBA\u5199\u4E0B\u7684\u5185\u5BB9\u8BB0\u5F55\uFF0C\u56E0\u6B64\u6CA1\u6709\u8BB0\u5F55\u3002\u8BF7 @${p.author} \u672C\u4EBA\u7F16\u8F91\uFF0C\u6216\u7531\u6709\u6743\u8BB0\u5F55\u7684\u4EBA\u53E6\u53D1\u4E00\u6761\u8BC4\u8BBA\u3002`,
  "outcome.not-merged": () => "\u8FD9\u4E2A PR \u8FD8\u6CA1\u6709\u5408\u5E76\uFF1A\u5347\u7EA7\u7ED3\u679C\u5728\u5408\u5E76\u5E76\u6267\u884C\u5347\u7EA7\u4E4B\u540E\u624D\u8BB0\u5F55\uFF08\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B4.6\uFF09\u3002\u672C\u6B21\u6CA1\u6709\u8BB0\u5F55\uFF1B\u5347\u7EA7\u6267\u884C\u540E\u8BF7\u518D\u8BC4\u8BBA /upgrade-result\u3002",
  "outcome.not-upgrade": () => "\u8FD9\u4E2A PR \u6CA1\u6709\u4FEE\u6539\u4EFB\u4F55\u5347\u7EA7\u6587\u6863\uFF0C\u6CA1\u6709\u5347\u7EA7\u7ED3\u679C\u53EF\u8BB0\u5F55\u3002\u672C\u6B21\u6CA1\u6709\u8BB0\u5F55\u3002",
  "outcome.no-record": (p) => `\u8FD9\u6B21\u5347\u7EA7\u5728 ${p.folder}/ \u4E2D\u8FD8\u6CA1\u6709\u5F52\u6863\u8BB0\u5F55\uFF08\u5408\u5E76\u65F6\u7684\u8FD0\u884C\u6CA1\u6709\u5B8C\u6210\uFF09\uFF0C\u5347\u7EA7\u7ED3\u679C\u65E0\u6CD5\u94FE\u63A5\u5230\u5B83\u3002\u4E0B\u4E00\u6B21\u5B9A\u65F6\u8FD0\u884C\u4F1A\u8865\u5F55\u5F52\u6863\u8BB0\u5F55\uFF1B\u4E4B\u540E\u8BF7\u7F16\u8F91\u672C\u6761\u8BC4\u8BBA\u4EE5\u8BB0\u5F55\u7ED3\u679C\u3002`,
  "outcome.recorded": (p) => `\u5DF2\u8BB0\u5F55\uFF1A@${p.login} \u8BB0\u5F55\u7684 ${p.outcome}\uFF0C\u5DF2\u8FFD\u52A0\u5230\u5347\u7EA7\u6863\u6848 ${p.path}\u3002`,
  "outcome.pending": (p) => `\u5408\u5E76\uFF08${p.merged}\uFF09\u5DF2\u8FC7 ${p.hours} \u5C0F\u65F6\uFF0C\u4ECD\u672A\u8BB0\u5F55\u5347\u7EA7\u7ED3\u679C\uFF1A\u9A8C\u8BC1\u7528\u4F8B\u6267\u884C\u540E\uFF0C\u8BF7 ${p.people || "\u6267\u884C\u4EBA"} \u8BC4\u8BBA /upgrade-result succeeded\u3001failed \u6216 restored\uFF08\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B4.6\uFF09\u3002`,
  "outcome.overdue": (p) => `${p.id}\uFF08PR #${p.pr}\uFF09\uFF1A\u5347\u7EA7\u7A97\u53E3\u5DF2\u4E8E ${p.end} \u7ED3\u675F\uFF0C\u8D85\u8FC7 ${p.days} \u5929\u4ECD\u672A\u8BB0\u5F55\u5347\u7EA7\u7ED3\u679C\uFF08succeeded\u3001failed\u3001restored\uFF09\uFF1A\u6863\u6848\u65E0\u6CD5\u8BF4\u660E\u8FD9\u6B21\u5347\u7EA7\u662F\u5426\u6210\u529F\uFF08\u300A\u5347\u7EA7\u7BA1\u7406\u529E\u6CD5\u300B3.7\u30014.6\uFF09\uFF1B\u8BF7\u5347\u7EA7\u6587\u6863\u4E2D\u7684\u4EBA\u5458\u5728 PR \u4E0A\u7528 /upgrade-result \u8BB0\u5F55`,
  "outcome.example": () => "\u5B8C\u6574\u7684\u547D\u4EE4\u5982\u4E0B\uFF08\u5217\u51FA\u6587\u6863\u4E2D\u7684\u6BCF\u4E2A\u9A8C\u8BC1\u7528\u4F8B\uFF0C\u65F6\u95F4\u6309\u7B56\u7565\u65F6\u533A\uFF09\uFF1A\n\n```\n/upgrade-result succeeded\ncompleted_at: 2026-12-03T21:40\nverification:\n  V-1: passed\n  V-2: passed\nnotes: \u7CFB\u7EDF\u5DF2\u542F\u52A8\uFF0C\u65E5\u5E38\u68C0\u67E5\u548C\u9A8C\u8BC1\u7528\u4F8B\u5747\u901A\u8FC7\nnotified_at: 2026-12-03T21:50\n```\n\nfailed \u9700\u52A0 `cause:`\uFF08\u5931\u8D25\u539F\u56E0\uFF09\uFF0Crestored \u9700\u52A0 `backup_restored:`\uFF08\u6062\u590D\u7684\u5907\u4EFD\uFF09\uFF1BPR \u6709\u591A\u4EFD\u6587\u6863\u65F6\u7528 `document:` \u5199\u660E\u7F16\u53F7\u3002",
  "document.unreadable": (p) => p.kind === "unlisted" ? `\u672C PR \u4FEE\u6539\u6216\u5220\u9664\u4E86 ${p.path}\uFF0C\u4F46\u65E0\u6CD5\u6838\u5BF9\u662F\u5426\u6709\u5F52\u6863\u8BB0\u5F55\u5F15\u7528\u4E86\u5B83\uFF1A\u8BE5\u4ED3\u5E93\u7684\u6587\u4EF6\u6811\u8FC7\u5927\uFF08\u8D85\u8FC7 100,000 \u4E2A\u6761\u76EE\u6216 7 MB\uFF09\uFF0CGitHub \u53EA\u80FD\u5217\u51FA\u4E00\u90E8\u5206\uFF0C\u56E0\u6B64\u5728\u770B\u4E0D\u5168\u7684\u60C5\u51B5\u4E0B\u62D2\u7EDD\u8FD9\u4E00\u4FEE\u6539\uFF1B\u8BF7\u6539\u4E3A\u65B0\u589E\u4E00\u4EFD\u6587\u6863\uFF0C\u4F7F\u7528\u65B0\u7684\u7F16\u53F7` : `\u65E0\u6CD5\u5728 head \u63D0\u4EA4\u4E2D\u628A ${p.path} \u4F5C\u4E3A\u5347\u7EA7\u6587\u6863\u8BFB\u53D6\uFF08${p.kind}\uFF09\uFF1A${p.kind === "symlink" ? `\u5B83\u662F\u7B26\u53F7\u94FE\u63A5${p.target ? `\uFF08\u6307\u5411 ${p.target}\uFF09` : ""}` : p.kind === "submodule" ? `\u5B83\u662F\u5B50\u6A21\u5757${p.target ? `\uFF08${p.target}\uFF09` : ""}` : p.kind === "folder" ? "\u5B83\u662F\u4E00\u4E2A\u76EE\u5F55" : "GitHub \u8FD4\u56DE 404"}\uFF1B\u8BF7\u628A\u5347\u7EA7\u6587\u6863\u672C\u8EAB\u4F5C\u4E3A\u666E\u901A\u6587\u4EF6\u63D0\u4EA4\u5230\u8BE5\u8DEF\u5F84`,
  "pull-request.files": () => "PR \u4FEE\u6539\u7684\u6587\u4EF6\u8D85\u8FC7 GitHub \u80FD\u5217\u51FA\u7684 3,000 \u4E2A\uFF1A\u8D85\u51FA\u90E8\u5206\u4E2D\u7684\u5347\u7EA7\u6587\u6863\u65E0\u6CD5\u68C0\u67E5\uFF1B\u8BF7\u62C6\u5206 PR\uFF0C\u8BA9\u5347\u7EA7\u5355\u72EC\u6210\u4E3A\u4E00\u4E2A PR",
  "yaml.encoding": () => "\u6587\u4EF6\u5728\u8FD9\u91CC\u4E0D\u662F\u6709\u6548\u7684 UTF-8\uFF08\u770B\u8D77\u6765\u662F GBK\u3001ANSI \u6216 Latin-1\uFF09\uFF1A\u8BF7\u53E6\u5B58\u4E3A UTF-8\uFF08Windows \u8BB0\u4E8B\u672C\uFF1A\u6587\u4EF6 > \u53E6\u5B58\u4E3A\uFF0C\u7F16\u7801\u9009\u201CUTF-8\u201D\uFF1B\u5176\u4E2D\u7684\u201CANSI\u201D\u548C\u201CUnicode\u201D\u90FD\u662F\u522B\u7684\u7F16\u7801\uFF09",
  "yaml.nul": () => "\u6587\u4EF6\u5728\u8FD9\u91CC\u6709\u4E00\u4E2A NUL \u5B57\u8282\uFF0C\u4FDD\u5B58\u4E3A UTF-8 \u7684\u6587\u672C\u4E0D\u4F1A\u6709\uFF1A\u8BF7\u53E6\u5B58\u4E3A UTF-8 \u6587\u672C\uFF08\u5B83\u53EF\u80FD\u662F UTF-16\uFF0C\u5373 Windows \u8BB0\u4E8B\u672C\u91CC\u7684\u201CUnicode\u201D\uFF0C\u6216\u8005\u6839\u672C\u4E0D\u662F\u6587\u672C\u6587\u4EF6\uFF09",
  "yaml.utf16": () => "\u6587\u4EF6\u4FDD\u5B58\u6210\u4E86 UTF-16\uFF08Windows \u8BB0\u4E8B\u672C\u91CC\u53EB\u201CUnicode\u201D\uFF09\uFF1A\u8BF7\u53E6\u5B58\u4E3A UTF-8\uFF08\u6587\u4EF6 > \u53E6\u5B58\u4E3A\uFF0C\u7F16\u7801\u9009\u201CUTF-8\u201D\uFF09",
  "yaml.file-too-large": (p) => `\u6587\u4EF6\u6709 ${p.bytes} \u5B57\u8282\uFF0C\u8D85\u8FC7\u4E86\u5347\u7EA7\u6587\u6863\u5141\u8BB8\u7684 ${p.max} \u5B57\u8282\uFF081 MiB\uFF09\uFF1A\u8BF7\u628A\u5927\u7684\u9644\u4EF6\u53E6\u5B58\u4E3A\u6587\u4EF6\uFF0C\u5728\u6587\u6863\u4E2D\u5199\u51FA\u8DEF\u5F84`,
  "yaml.too-many-entries": (p) => `\u8FD9\u4E2A${p.list ? "\u5217\u8868" : "\u6620\u5C04"}\u6709 ${p.count} \u9879\uFF0C\u8D85\u8FC7\u4E86\u5347\u7EA7\u6587\u6863\u5141\u8BB8\u7684 ${p.max} \u9879\uFF1A\u8BF7\u62C6\u5206\u8FD9\u6B21\u5347\u7EA7\uFF0C\u6216\u628A\u6570\u636E\u653E\u5230\u5355\u72EC\u7684\u6587\u4EF6\u4E2D\u518D\u5F15\u7528`,
  "yaml.too-deep": (p) => `\u6587\u6863\u5D4C\u5957\u8D85\u8FC7\u4E86\u5141\u8BB8\u7684 ${p.max} \u5C42\uFF1A\u5347\u7EA7\u6587\u6863\u4E0D\u9700\u8981\u8FD9\u4E48\u6DF1\u7684\u7ED3\u6784\uFF0C\u8BF7\u6539\u5E73`,
  "yaml.too-many-aliases": (p) => `\u522B\u540D\uFF08*\u540D\u79F0\uFF09\u8D85\u8FC7 ${p.max} \u4E2A\uFF1A\u53CD\u590D\u5F15\u7528\u522B\u540D\u53EF\u80FD\u5C55\u5F00\u6210\u6781\u5927\u7684\u6587\u6863\uFF0C\u8BF7\u628A\u53D6\u503C\u76F4\u63A5\u5199\u51FA\u6765`,
  "yaml.alias-expansion": (p) => `\u522B\u540D\u5C55\u5F00\u540E\u8FC7\u5927\uFF08${p.detail}\uFF09\uFF1A\u8BF7\u628A\u53D6\u503C\u76F4\u63A5\u5199\u51FA\u6765`,
  "yaml.alias-unresolved": (p) => `\u522B\u540D *${p.name} \u4E4B\u524D\u6CA1\u6709\u5B9A\u4E49\u951A\u70B9 &${p.name}\uFF1A\u8BF7\u5148\u5B9A\u4E49\u951A\u70B9\uFF0C\u6216\u76F4\u63A5\u5199\u51FA\u53D6\u503C`,
  "yaml.duplicate-key": () => "\u540C\u4E00\u4E2A\u6620\u5C04\u4E2D\u8FD9\u4E2A\u5B57\u6BB5\u51FA\u73B0\u4E86\u4E24\u6B21\uFF1A\u8BF7\u53EA\u4FDD\u7559\u4E00\u4E2A\uFF08\u5426\u5219 YAML \u4F1A\u6084\u6084\u4E22\u6389\u5176\u4E2D\u4E00\u4E2A\uFF09",
  "yaml.forbidden-key": (p) => `\u4E0D\u5141\u8BB8\u4F7F\u7528\u5B57\u6BB5\u540D "${p.key}"\uFF1A\u5B83\u53EF\u80FD\u6539\u53D8\u6240\u6709\u5BF9\u8C61\u7684\u884C\u4E3A\uFF1B\u8BF7\u6539\u540D\u6216\u5220\u9664`,
  "yaml.complex-key": () => "\u6620\u5C04\u7684\u5B57\u6BB5\u540D\u5FC5\u987B\u662F\u666E\u901A\u6587\u5B57\uFF0C\u4E0D\u80FD\u662F\u6620\u5C04\u6216\u5217\u8868\uFF1A\u8BF7\u5728\u5192\u53F7\u524D\u5199\u4E00\u4E2A\u666E\u901A\u7684\u540D\u79F0",
  "yaml.unknown-tag": (p) => `${p.tag === null ? `YAML \u65E0\u6CD5\u89E3\u6790\u8FD9\u4E2A\u6807\u7B7E\uFF08${p.detail}\uFF09` : `YAML \u4E0D\u8BA4\u8BC6\u6807\u7B7E ${p.tag}`}\uFF1A\u8BF7\u5220\u9664\u8FD9\u4E2A\u6807\u7B7E\uFF08\u4EE5 ! \u6216 !! \u5F00\u5934\u7684\u8BCD\uFF09\uFF1B\u5347\u7EA7\u6587\u6863\u53EA\u5305\u542B\u6587\u5B57\u3001\u6570\u5B57\u3001\u5217\u8868\u548C\u6620\u5C04`,
  "yaml.warning": (p) => `YAML \u63D0\u793A\uFF08${yamlDetail(p.detail)}\uFF09\uFF1A\u8BF7\u68C0\u67E5\u8FD9\u91CC\u7684\u5199\u6CD5\uFF0C\u5FC5\u8981\u65F6\u7ED9\u53D6\u503C\u52A0\u4E0A\u534A\u89D2\u5F15\u53F7`,
  "yaml.tab-indent": () => "\u7F29\u8FDB\u7528\u4E86 Tab \u952E\uFF1AYAML \u53EA\u5141\u8BB8\u7A7A\u683C\u7F29\u8FDB\uFF0C\u8BF7\u628A Tab \u6362\u6210\u7A7A\u683C",
  "yaml.multiple-documents": () => "\u6587\u4EF6\u4E2D\u6709\u4E0D\u6B62\u4E00\u4E2A YAML \u6587\u6863\uFF08\u51FA\u73B0\u4E86\u7B2C\u4E8C\u4E2A ---\uFF09\uFF1A\u6BCF\u6B21\u5347\u7EA7\u8BF7\u5355\u72EC\u5199\u4E00\u4E2A\u6587\u4EF6",
  "yaml.indentation": (p) => `YAML \u8BFB\u4E0D\u61C2\u8FD9\u4E00\u884C\uFF08${yamlDetail(p.detail)}\uFF09\uFF1A\u8BF7\u68C0\u67E5\u8FD9\u4E00\u884C\u7684\u7F29\u8FDB\u548C\u5192\u53F7`,
  "yaml.dash-space": () => "\u5217\u8868\u9879\u7684 \u201C-\u201D \u540E\u9762\u6CA1\u6709\u7A7A\u683C\uFF0CYAML \u628A\u8FD9\u4E00\u884C\u5F53\u6210\u4E86\u666E\u901A\u6587\u5B57\uFF1A\u8BF7\u5728 \u201C-\u201D \u540E\u9762\u52A0\u4E00\u4E2A\u534A\u89D2\u7A7A\u683C",
  "yaml.colon-space": (p) => `"${p.key}" \u7684\u5192\u53F7\u540E\u9762\u6CA1\u6709\u7A7A\u683C\uFF0CYAML \u4E0D\u628A\u5B83\u5F53\u4F5C\u5B57\u6BB5\uFF1A\u8BF7\u5199\u6210 ${p.key}: ${p.value}\uFF08\u534A\u89D2\u5192\u53F7\u540E\u52A0\u4E00\u4E2A\u7A7A\u683C\uFF09`,
  "yaml.syntax": (p) => `YAML \u8BED\u6CD5\u6709\u8BEF\uFF08${yamlDetail(p.detail)}\uFF09\uFF1A\u8BF7\u5BF9\u7167 examples/upgrades/ \u4E2D\u7684\u793A\u4F8B\u4FEE\u6539\u8FD9\u91CC\u7684\u5199\u6CD5\uFF0C\u542B\u7279\u6B8A\u5B57\u7B26\u7684\u53D6\u503C\u8BF7\u52A0\u534A\u89D2\u5F15\u53F7`,
  "yaml.after-value": () => "\u524D\u4E00\u4E2A\u53D6\u503C\u5DF2\u7ECF\u7ED3\u675F\uFF08\u5F15\u53F7\u5DF2\u95ED\u5408\uFF0C\u6216\u540C\u4E00\u5C42\u7684\u5217\u8868\u5DF2\u7ED3\u675F\uFF09\uFF0C\u8FD9\u91CC\u8FD8\u6709\u591A\u4F59\u7684\u5185\u5BB9\uFF1A\u8BF7\u628A\u6574\u4E2A\u53D6\u503C\u5199\u8FDB\u5F15\u53F7\u5185\u3001\u5220\u9664\u591A\u4F59\u7684\u6587\u5B57\uFF0C\u6216\u628A\u8FD9\u4E00\u884C\u7F29\u8FDB\u5230\u6240\u5C5E\u5B57\u6BB5\u4E4B\u4E0B",
  "yaml.unexpected-token": (p) => `YAML \u65E0\u6CD5\u786E\u5B9A\u8FD9\u91CC\u7684 ${p.token} \u5C5E\u4E8E\u54EA\u4E00\u5C42\uFF1A\u540C\u4E00\u5C42\u53EA\u80FD\u5199\u5217\u8868\u9879\uFF08\u201C- \u201D\uFF09\u6216\u5B57\u6BB5\uFF08\u201C\u5B57\u6BB5: \u503C\u201D\uFF09\uFF0C\u4E0D\u80FD\u6DF7\u5199\uFF1B\u53D6\u503C\u4E2D\u542B\u534A\u89D2\u5192\u53F7\u52A0\u7A7A\u683C\u65F6\u8981\u52A0\u5F15\u53F7\u3002\u8BF7\u68C0\u67E5\u8FD9\u4E00\u884C\u7684\u7F29\u8FDB\u548C\u5192\u53F7`,
  "yaml.bad-escape": (p) => `\u53CC\u5F15\u53F7\u91CC\u7684 ${p.escape} \u4E0D\u662F YAML \u8BA4\u8BC6\u7684\u8F6C\u4E49\u5199\u6CD5\uFF1A\u53CD\u659C\u6760\u8BF7\u5199\u6210 \\\\\uFF0C\u6216\u6539\u7528\u5355\u5F15\u53F7\u628A\u53D6\u503C\u62EC\u8D77\u6765`,
  "yaml.bad-scalar-start": (p) => `\u4E0D\u52A0\u5F15\u53F7\u7684\u53D6\u503C\u4E0D\u80FD\u4EE5 ${p.char} \u5F00\u5934\uFF1A\u8BF7\u7ED9\u53D6\u503C\u52A0\u4E0A\u534A\u89D2\u5F15\u53F7\uFF0C\u4F8B\u5982 "${p.char}..."`,
  "yaml.block-scalar-indent": (p) => p.leadingEmpty ? "| \u6216 > \u4E4B\u540E\u7684\u591A\u884C\u6587\u5B57\u4EE5\u7A7A\u884C\u5F00\u5934\uFF0C\u4E14\u7A7A\u884C\u7684\u7F29\u8FDB\u6BD4\u7B2C\u4E00\u884C\u591A\uFF1A\u8BF7\u5220\u6389\u8FD9\u4E9B\u7A7A\u884C\u91CC\u7684\u7A7A\u683C" : "| \u6216 > \u4E4B\u540E\u7684\u591A\u884C\u6587\u5B57\u4E2D\uFF0C\u6709\u4E00\u884C\u7684\u7F29\u8FDB\u6BD4\u7B2C\u4E00\u884C\u5C11\uFF1A\u8BF7\u8BA9\u6BCF\u4E00\u884C\u81F3\u5C11\u4E0E\u7B2C\u4E00\u884C\u7F29\u8FDB\u76F8\u540C",
  "document.empty": () => "\u6587\u6863\u662F\u7A7A\u7684\uFF1A\u8BF7\u4ECE examples/upgrades/ \u4E2D\u7684\u793A\u4F8B\u6216 schemas/upgrade.schema.json \u5F00\u59CB\u5199",
  "schema.more": (p) => `\u8FD8\u6709 ${p.count} \u4E2A\u683C\u5F0F\u95EE\u9898\u6CA1\u6709\u5217\u51FA\uFF1A\u8BF7\u5148\u6539\u6B63\u4E0A\u9762\u7684\u95EE\u9898\uFF0C\u6216\u4ECE examples/upgrades/ \u4E2D\u7684\u793A\u4F8B\u91CD\u65B0\u5F00\u59CB`,
  "schema.missing": (p) => `\u7F3A\u5C11 ${p.field}\uFF1A\u8BF7\u586B\u5199${p.what.zh || ` ${p.key}`}${eg2(p.example)}`,
  "schema.recased": (p) => `${p.field} \u7528\u4E86\u5927\u5199\u5B57\u6BCD\uFF1A\u8FD9\u91CC\u7684\u5B57\u6BB5\u540D\u90FD\u662F\u5C0F\u5199\uFF0C\u8BF7\u5199\u6210 ${p.lower}`,
  "schema.unknown-field": (p) => `${p.parent ?? ROOT_NAME2[p.root]}\u4E2D\u6CA1\u6709 ${p.field} \u8FD9\u4E2A\u5B57\u6BB5\uFF1A${p.guess ? `\u662F\u4E0D\u662F\u8981\u5199 ${p.guess}\uFF1F` : `\u8BF7\u5220\u9664\uFF0C\u6216\u4F7F\u7528\u5176\u4E2D\u4E4B\u4E00\uFF1A${p.known.join("\u3001")}`}`,
  "schema.type": (p) => `${p.field ?? "\u6587\u6863"} \u5E94\u8BE5\u662F${WANT2[p.want] ?? ` ${p.want}`}\uFF0C\u5B9E\u9645\u662F${zhValue(p.actual)}${p.quote !== void 0 ? `\uFF1A\u8BF7\u52A0\u4E0A\u5F15\u53F7\uFF08"${p.quote}"\uFF09\uFF0C\u8BA9 YAML \u628A\u5B83\u5F53\u4F5C\u6587\u5B57` : p.example !== void 0 ? `\uFF1A\u8BF7\u7167 ${p.example} \u8FD9\u6837\u5199` : p.want === "object" ? '\uFF1A\u8BF7\u5199\u6210\u5B57\u6BB5\u7684\u6620\u5C04\uFF08\u6BCF\u884C\u4E00\u4E2A "\u5B57\u6BB5: \u503C"\uFF09\uFF0C\u53C2\u7167 examples/upgrades/ \u4E2D\u7684\u793A\u4F8B' : p.want === "array" ? '\uFF1A\u8BF7\u5199\u6210\u5217\u8868\uFF08\u6BCF\u884C\u4E00\u4E2A "- \u9879"\uFF0C\u6216 [a, b]\uFF09' : "\uFF1A\u8BF7\u6539\u6B63\u8FD9\u4E2A\u503C"}`,
  "schema.enum": (p) => `${p.field ?? "\u6587\u6863"} \u662F${zhValue(p.actual)}\uFF0C\u4E0D\u662F\u5141\u8BB8\u7684\u53D6\u503C\uFF1A${p.guess ? `\u662F\u4E0D\u662F\u8981\u5199 ${p.guess}\uFF1F` : ""}\u8BF7\u4F7F\u7528\u5176\u4E2D\u4E4B\u4E00\uFF1A${p.allowed.join("\u3001")}`,
  "schema.const": (p) => `${p.field ?? "\u6587\u6863"} \u662F${zhValue(p.actual)}\uFF1A\u8BF7\u5199 ${p.allowed}`,
  "schema.format": (p) => `${p.field ?? "\u6587\u6863"} \u662F${zhValue(p.actual)}\uFF0C\u4E0D\u662F${FORMAT2[p.format] ?? `\u6709\u6548\u7684 ${p.format}`}${p.suggestion ? `\uFF1A\u8BF7\u5199\u6210 ${p.suggestion}` : eg2(p.example)}`,
  "schema.enum-chinese": (p) => `${p.field ?? "\u6587\u6863"} \u662F${zhValue(p.actual)}\uFF1A\u8FD9\u91CC\u7684\u53D6\u503C\u8981\u5199\u82F1\u6587\uFF0C\u8BF7\u5199\u6210 ${p.value}\uFF08\u53EF\u9009\uFF1A${p.allowed.join("\u3001")}\uFF09`,
  "schema.chinese-key": (p) => `\u5B57\u6BB5\u540D ${p.field} \u662F\u4E2D\u6587\uFF1A\u5B57\u6BB5\u540D\u8981\u5199\u82F1\u6587\uFF0C\u8BF7\u5199\u6210 ${p.key}`,
  "schema.login": (p) => `${p.field ?? "\u6587\u6863"} \u662F${zhValue(p.actual)}\uFF0C\u4E0D\u662F GitHub \u7528\u6237\u540D\uFF1A\u8BF7\u586B\u5199\u6B64\u4EBA\u7684 GitHub \u7528\u6237\u540D\uFF08\u5B57\u6BCD\u3001\u6570\u5B57\u548C\u77ED\u6A2A\u7EBF\uFF0C\u5982 zhang-wei\uFF09\uFF0C\u4E0D\u8981\u5199\u59D3\u540D`,
  "schema.pattern": (p) => `${p.field ?? "\u6587\u6863"} \u662F${zhValue(p.actual)}\uFF0C\u4E0D\u7B26\u5408\u8981\u6C42${p.what.zh ? `\uFF08${p.what.zh}\uFF09` : ""}${eg2(p.example)}`,
  "schema.empty-text": (p) => `${p.field ?? "\u6587\u6863"} \u662F\u7A7A\u7684\uFF1A\u8BF7\u586B\u5199${p.what.zh || "\u5185\u5BB9"}${eg2(p.example)}`,
  "schema.empty-list": (p) => `${p.field ?? "\u6587\u6863"} \u662F\u7A7A\u5217\u8868\uFF1A\u8BF7\u81F3\u5C11\u586B\u5199 ${p.limit} \u9879${eg2(p.example)}`,
  "schema.repeated": (p) => `${p.field ?? "\u6587\u6863"} \u4E2D\u6709\u91CD\u590D\u7684\u9879\uFF1A\u8BF7\u5220\u9664\u91CD\u590D\u7684\u90A3\u4E00\u9879`,
  "schema.range": (p) => `${p.field ?? "\u6587\u6863"} \u662F${zhValue(p.actual)}\uFF1A\u53D6\u503C\u5E94${p.least ? "\u4E0D\u5C0F\u4E8E" : "\u4E0D\u5927\u4E8E"} ${p.limit}`,
  "schema.one-of": (p) => `${p.field ?? "\u6587\u6863"} \u662F${zhValue(p.actual)}\uFF1A\u8BF7\u586B\u5199${p.what.zh || "\u5141\u8BB8\u7684\u5199\u6CD5\u4E4B\u4E00"}${eg2(p.example)}`,
  "schema.other": (p) => `${p.field ?? "\u6587\u6863"} \u4E0D\u7B26\u5408\u683C\u5F0F\u8981\u6C42\uFF08${p.detail || "is not valid"}\uFF09\uFF1A\u8BF7\u5BF9\u7167 JSON Schema \u4E2D\u7684\u8BF4\u660E\u4FEE\u6539`,
  "cli.unknown-command": (p) => `\u6CA1\u6709 "${p.command}" \u8FD9\u4E2A\u547D\u4EE4`,
  "cli.bad-option": (p) => `\u547D\u4EE4\u884C\u53C2\u6570\u6709\u8BEF\uFF1A\u8BF7\u5BF9\u7167\u4E0B\u65B9\u7528\u6CD5\u4FEE\u6539\uFF08Node.js \u539F\u6587\uFF1A${p.detail}\uFF09`,
  "cli.unknown-option": (p) => `\u6CA1\u6709 ${p.option} \u8FD9\u4E2A\u9009\u9879\uFF1A\u8BF7\u5BF9\u7167\u4E0B\u65B9\u7528\u6CD5\u68C0\u67E5\u62FC\u5199\uFF1B\u4EE5 - \u5F00\u5934\u7684\u8DEF\u5F84\u8BF7\u653E\u5728 -- \u4E4B\u540E\uFF0C\u4F8B\u5982 -- ${p.option}`,
  "cli.option-value-missing": (p) => `\u9009\u9879 ${p.option} \u7F3A\u5C11\u53D6\u503C${p.followedByOption ? "\uFF08\u540E\u9762\u7D27\u8DDF\u7684\u50CF\u662F\u53E6\u4E00\u4E2A\u9009\u9879\uFF09" : ""}\uFF1A\u8BF7\u5199\u6210 ${p.option} \u53D6\u503C\uFF1B\u53D6\u503C\u4EE5 - \u5F00\u5934\u65F6\u8BF7\u5199\u6210 ${p.option}=-\u53D6\u503C`,
  "cli.option-takes-no-value": (p) => `\u9009\u9879 ${p.option} \u4E0D\u5E26\u53D6\u503C\uFF1A\u8BF7\u5355\u72EC\u5199 ${p.option}\uFF0C\u53BB\u6389 = \u53CA\u5176\u540E\u7684\u5185\u5BB9`,
  "cli.unexpected-argument": (p) => `\u591A\u4F59\u7684\u53C2\u6570 "${p.argument}"\uFF1A\u8BE5\u547D\u4EE4\u4E0D\u63A5\u53D7\u8FD9\u4E2A\u53C2\u6570\uFF0C\u8BF7\u5220\u9664`,
  "cli.bad-lang": (p) => `--lang \u53EA\u80FD\u662F ${p.allowed.join(" \u6216 ")}\uFF0C\u4E0D\u80FD\u662F "${p.value}"`,
  "cli.bad-format": (p) => `--format \u53EA\u80FD\u662F ${p.allowed.join("\u3001")}\uFF0C\u4E0D\u80FD\u662F "${p.value}"`,
  "cli.no-such-path": (p) => `\u627E\u4E0D\u5230\u8FD9\u4E9B\u6587\u4EF6\u3001\u76EE\u5F55\u6216\u5339\u914D\u7684 glob\uFF1A${p.paths}`,
  "cli.no-yaml": (p) => `${p.paths} \u4E2D\u6CA1\u6709 .yaml \u6216 .yml \u6587\u4EF6`,
  "cli.no-documents": (p) => `${p.folder} \u4E0B\u6CA1\u6709\u4E0E "${p.glob}" \u5339\u914D\u7684\u6587\u6863\uFF1A\u8BF7\u6307\u5B9A\u6587\u4EF6\u6216\u76EE\u5F55`,
  "cli.need-documents": () => "\u8BF7\u81F3\u5C11\u6307\u5B9A\u4E00\u4EFD\u5347\u7EA7\u6587\u6863",
  "cli.need-paths": () => "\u8BF7\u81F3\u5C11\u6307\u5B9A\u4E00\u4E2A PATH",
  "cli.no-codeowners": (p) => `${p.places} \u4E2D\u90FD\u6CA1\u6709 CODEOWNERS \u6587\u4EF6\uFF1A\u8BF7\u7528 --codeowners FILE \u6307\u5B9A`,
  "cli.cannot-read": (p) => `\u65E0\u6CD5\u8BFB\u53D6 ${p.file}\uFF08${p.reason}\uFF09\uFF1A\u8BF7\u68C0\u67E5\u8DEF\u5F84\uFF0C\u5E76\u786E\u8BA4\u6587\u4EF6\u53EF\u8BFB`,
  "cli.input-folder": (p) => `${p.file} \u662F\u76EE\u5F55\uFF0C\u4E0D\u662F\u6587\u4EF6\uFF1A\u8BF7\u6307\u5B9A\u6587\u4EF6\u672C\u8EAB`,
  "cli.input-symlink": (p) => `${p.file} \u662F\u7B26\u53F7\u94FE\u63A5\uFF1Aupgrade-gate \u4E0D\u8BFB\u53D6\u94FE\u63A5\u6307\u5411\u7684\u5185\u5BB9\uFF0CGitHub \u4E0A\u7684 Action \u540C\u6837\u4F1A\u62D2\u7EDD\u4EE5\u94FE\u63A5\u5F62\u5F0F\u63D0\u4EA4\u7684\u5347\u7EA7\u6587\u6863\uFF08document.unreadable\uFF09\uFF1B\u8BF7\u628A\u5347\u7EA7\u6587\u6863\u672C\u8EAB\u4F5C\u4E3A\u666E\u901A\u6587\u4EF6\u63D0\u4EA4\u5230\u8BE5\u8DEF\u5F84`,
  "cli.input-special": (p) => `${p.file} \u4E0D\u662F\u666E\u901A\u6587\u4EF6\uFF08\u662F\u8BBE\u5907\u3001\u7BA1\u9053\u6216\u5957\u63A5\u5B57\uFF09\uFF1Aupgrade-gate \u53EA\u8BFB\u53D6\u666E\u901A\u6587\u4EF6\uFF0C\u8BF7\u6307\u5B9A\u6587\u4EF6\u672C\u8EAB`,
  "cli.input-too-large": (p) => `${p.file} \u6709 ${p.bytes} \u5B57\u8282\uFF0C\u8D85\u8FC7\u4E86 upgrade-gate \u5BF9\u8FD9\u7C7B\u6587\u4EF6\u5141\u8BB8\u7684 ${p.max} \u5B57\u8282\uFF1A\u8BF7\u786E\u8BA4\u662F\u4E0D\u662F\u6307\u5B9A\u9519\u4E86\u6587\u4EF6`,
  "cli.summary": (p) => `${p.documents} \u4EFD\u6587\u6863\uFF1A${p.errors} \u4E2A\u9519\u8BEF\uFF0C${p.warnings} \u4E2A\u8B66\u544A`,
  "cli.verified": (p) => `\u5DF2\u6821\u9A8C ${p.records} \u6761\u8BB0\u5F55\uFF1A\u5347\u7EA7\u6863\u6848\u5B8C\u6574`,
  "cli.repo-form": (p) => `--repo \u5E94\u5199\u6210 OWNER/NAME\uFF0C\u4F8B\u5982 --repo acme/deploy${p.value ? `\uFF0C\u4E0D\u80FD\u662F "${p.value}"` : ""}`,
  "cli.no-token": () => "\u6CA1\u6709\u4EE4\u724C\uFF1A\u8BF7\u628A GITHUB_TOKEN\uFF08\u6216 GH_TOKEN\uFF09\u8BBE\u4E3A\u80FD\u8BFB\u53D6\u8BE5\u4ED3\u5E93\u7684\u4EE4\u724C\uFF0C\u4F8B\u5982 GITHUB_TOKEN=$(gh auth token)",
  "cli.repo-unreadable": (p) => `\u65E0\u6CD5\u8BFB\u53D6 ${p.repo}\uFF1A${p.error}`,
  "cli.dir-or-repo": () => "DIR \u548C --repo \u53EA\u80FD\u7ED9\u51FA\u5176\u4E2D\u4E00\u4E2A",
  "cli.date-or-time-form": (p) => `${p.option} "${p.text}" \u4E0D\u662F\u65E5\u671F\u6216\u65F6\u95F4\uFF1A\u8BF7\u5199\u6210 2026-12-01\u30012026-12-01T08:00\uFF08${p.zone}\uFF09\u6216 2026-12-01T00:00:00.000Z`,
  "cli.time-form": (p) => `--at "${p.text}" \u4E0D\u662F\u65F6\u95F4\uFF1A\u8BF7\u5199\u6210 ${p.now ? "now\u3001" : ""}2026-11-26T20:00\uFF08${p.zone}\uFF09\u30012026-11-26T12:00:00.000Z \u6216 2026-11-26T20:00+08:00`,
  "cli.report-unverified": (p) => `\u5347\u7EA7\u6863\u6848\u672A\u901A\u8FC7\u6821\u9A8C\uFF08${p.count} \u4E2A\u95EE\u9898\uFF09\uFF0C\u4E0D\u8F93\u51FA\u62A5\u544A\uFF1A\u88AB\u4FEE\u6539\u3001\u7F3A\u5931\u6216\u8C03\u6362\u987A\u5E8F\u7684\u8BB0\u5F55\u5217\u51FA\u6765\u4E5F\u4E0D\u80FD\u4F5C\u4E3A\u4F9D\u636E\u3002\u8BF7\u7528 upgrade-gate verify \u6838\u67E5\u4EE5\u4E0B\u95EE\u9898\uFF1A`,
  "report.title": () => "\u5347\u7EA7\u62A5\u544A",
  "report.counts": (p) => `\u5171 ${p.count} \u6B21\u5347\u7EA7\uFF0C${p.violations} \u6B21\u8FDD\u89C4`,
  "report.outcomes-label": () => "\u5347\u7EA7\u7ED3\u679C",
  "report.outcomes": (p) => `\u5347\u7EA7\u6210\u529F ${p.succeeded}\uFF0C\u5347\u7EA7\u5931\u8D25 ${p.failed}\uFF0C\u5DF2\u6062\u590D\u81F3\u5347\u7EA7\u524D\u7684\u5907\u4EFD\u7248\u672C ${p.restored}\uFF0C\u5F85\u8BB0\u5F55 ${p.pending}\uFF0C\u672A\u5230\u671F ${p.none}`,
  "report.column.merged": () => "\u5408\u5E76\u65F6\u95F4",
  "report.column.no": () => "\u7F16\u53F7",
  "report.column.system": () => "\u7CFB\u7EDF",
  "report.column.version": () => "\u7248\u672C",
  "report.column.type": () => "\u7C7B\u578B",
  "report.column.approvers": () => "\u5BA1\u6279\u4EBA",
  "report.column.violations": () => "\u8FDD\u89C4",
  "report.column.outcome": () => "\u5347\u7EA7\u7ED3\u679C",
  "report.column.completed": () => "\u5B8C\u6210\u65F6\u95F4",
  "report.column.verified-by": () => "\u9A8C\u8BC1\u4EBA",
  "report.backfilled": () => "\u8865\u5F55",
  "report.none": () => "\u65E0",
  "report.findings": () => "\u5BA1\u8BA1\u53D1\u73B0",
  "report.emergencies": () => "\u6BCF\u6708\u7D27\u6025\u5347\u7EA7\uFF08\u6BCF\u4EFD\u7D27\u6025\u5347\u7EA7\u5355\u8BA1\u4E00\u6B21\uFF0C\u4E0E\u6BCF\u6708\u9650\u989D\u7684\u8BA1\u6570\u76F8\u540C\uFF09",
  "report.merged": (p) => `${p.date}\uFF08${SHORT_WEEKDAY_ZH[p.weekday] ?? p.weekday}\uFF09${p.time} ${zhZone(p.zone)}`,
  "report.type": (p) => TYPE_ZH[p.type] ?? p.type,
  "report.outcome": (p) => REPORT_OUTCOME_ZH[p.outcome] ?? p.outcome,
  "cli.config-missing": (p) => `\u914D\u7F6E\u6587\u4EF6 ${p.file} \u4E0D\u5B58\u5728\uFF1A\u8BF7\u68C0\u67E5 --config \u7684\u8DEF\u5F84`,
  "cli.codeowners-missing": (p) => `CODEOWNERS \u6587\u4EF6 ${p.file} \u4E0D\u5B58\u5728\uFF1A\u8BF7\u68C0\u67E5 --codeowners \u7684\u8DEF\u5F84`,
  "cli.role-form": (p) => `${p.option} ${p.spec}\uFF1A\u89D2\u8272\u5E94\u4E3A ${p.ids.length ? p.ids.join(" \u6216 ") : `${p.config} \u4E2D\u7684\u89D2\u8272\u7F16\u53F7`}\uFF0C\u6216\u56E2\u961F\uFF08\u5982 @acme/gm-office\uFF09`,
  "cli.approver-form": (p) => `${p.option} ${p.spec}\uFF1A\u5E94\u5199\u6210 LOGIN \u6216 LOGIN:ROLE\uFF08ROLE \u4E3A\u89D2\u8272\u7F16\u53F7\uFF0C\u6216 @acme/gm-office \u8FD9\u6837\u7684\u56E2\u961F\uFF09\uFF0C\u4F8B\u5982 ${p.option} li-lei:center-lead`,
  "cli.unknown-approver": (p) => `${p.login} \u4E0D\u5728 ${p.config} \u5217\u51FA\u7684\u4EFB\u4F55\u56E2\u961F\u4E2D\uFF0C\u4E5F\u4E0D\u662F\u89D2\u8272\u7684\u6240\u6709\u8005\uFF1B\u5982\u8981\u5047\u5B9A\u5176\u89D2\u8272\uFF0C\u8BF7\u5199 ${p.option} ${p.login}:${p.role}`,
  "cli.verdict": (p) => `\u68C0\u67E5\u7ED3\u679C\u4E3A${{ pass: "\u901A\u8FC7", fail: "\u4E0D\u901A\u8FC7", error: "\u51FA\u9519" }[p.outcome] ?? ` ${p.outcome}`}\uFF1A${p.summary}`,
  "yaml.full-width-colon": (p) => `"${p.key}" \u540E\u9762\u662F\u5168\u89D2\u5192\u53F7\u201C\uFF1A\u201D\uFF08U+FF1A\uFF09\uFF0CYAML \u4E0D\u628A\u5B83\u5F53\u4F5C\u5192\u53F7\uFF1A\u8BF7\u6539\u6210\u534A\u89D2\u5192\u53F7 ":" \u5E76\u5728\u540E\u9762\u52A0\u4E00\u4E2A\u7A7A\u683C\uFF08\u628A\u8F93\u5165\u6CD5\u5207\u6362\u5230\u82F1\u6587\u6807\u70B9\uFF09`,
  "yaml.full-width-indent": (p) => `\u8FD9\u4E00\u884C\u7684\u7F29\u8FDB\u7528\u4E86${p.code === "U+3000" ? "\u5168\u89D2\u7A7A\u683C" : "\u4E0D\u95F4\u65AD\u7A7A\u683C"}\uFF08${p.code}\uFF09\uFF0CYAML \u4E0D\u628A\u5B83\u5F53\u4F5C\u7A7A\u683C\uFF1A\u8BF7\u6539\u6210\u666E\u901A\u7684\u534A\u89D2\u7A7A\u683C\uFF08\u628A\u8F93\u5165\u6CD5\u5207\u6362\u5230\u534A\u89D2\uFF09`,
  "yaml.full-width-after-colon": (p) => `\u5192\u53F7\u540E\u9762\u7528\u4E86${p.code === "U+3000" ? "\u5168\u89D2\u7A7A\u683C" : "\u4E0D\u95F4\u65AD\u7A7A\u683C"}\uFF08${p.code}\uFF09\uFF0CYAML \u4E0D\u628A\u5B83\u5F53\u4F5C\u7A7A\u683C\uFF1A\u8BF7\u6539\u6210\u4E00\u4E2A\u666E\u901A\u7684\u534A\u89D2\u7A7A\u683C\uFF08\u628A\u8F93\u5165\u6CD5\u5207\u6362\u5230\u534A\u89D2\uFF09`,
  "yaml.full-width-dash": () => '\u5217\u8868\u9879\u5F00\u5934\u662F\u5168\u89D2\u51CF\u53F7\u201C\uFF0D\u201D\uFF08U+FF0D\uFF09\uFF0CYAML \u4E0D\u628A\u5B83\u5F53\u4F5C\u5217\u8868\u9879\uFF1A\u8BF7\u6539\u6210\u534A\u89D2 "-" \u518D\u52A0\u4E00\u4E2A\u7A7A\u683C\uFF08\u628A\u8F93\u5165\u6CD5\u5207\u6362\u5230\u534A\u89D2\uFF09',
  "yaml.full-width-after-dash": (p) => `\u5217\u8868\u7684 "-" \u540E\u9762\u7528\u4E86${p.code === "U+3000" ? "\u5168\u89D2\u7A7A\u683C" : "\u4E0D\u95F4\u65AD\u7A7A\u683C"}\uFF08${p.code}\uFF09\uFF0CYAML \u4E0D\u628A\u5B83\u5F53\u4F5C\u7A7A\u683C\uFF1A\u8BF7\u6539\u6210\u4E00\u4E2A\u666E\u901A\u7684\u534A\u89D2\u7A7A\u683C\uFF08\u628A\u8F93\u5165\u6CD5\u5207\u6362\u5230\u534A\u89D2\uFF09`,
  "yaml.full-width-bracket": () => '\u5217\u8868\u7528\u4E86\u5168\u89D2\u65B9\u62EC\u53F7\u201C\uFF3B\u201D\uFF08U+FF3B\uFF09\uFF0CYAML \u4F1A\u628A\u6574\u884C\u5F53\u4F5C\u6587\u5B57\uFF1A\u8BF7\u6539\u7528\u534A\u89D2\u65B9\u62EC\u53F7 [ \u548C ]\uFF0C\u6216\u8005\u6539\u5199\u6210\u6BCF\u884C\u4E00\u4E2A "- \u9879"',
  "yaml.full-width-comma": () => '\u8FD9\u4E2A\u5217\u8868\u7684\u5404\u9879\u7528\u5168\u89D2\u9017\u53F7\u201C\uFF0C\u201D\uFF08U+FF0C\uFF09\u5206\u9694\uFF0CYAML \u4F1A\u628A\u5B83\u4EEC\u8BFB\u6210\u540C\u4E00\u9879\uFF1A\u8BF7\u6539\u7528\u534A\u89D2\u9017\u53F7 "," \u52A0\u4E00\u4E2A\u7A7A\u683C\u5206\u9694\uFF1B\u5982\u679C\u9017\u53F7\u672C\u6765\u5C31\u662F\u6587\u5B57\u7684\u4E00\u90E8\u5206\uFF0C\u8BF7\u7ED9\u8FD9\u4E00\u9879\u52A0\u4E0A\u534A\u89D2\u5F15\u53F7',
  "yaml.full-width-quotes": (p) => `\u53D6\u503C\u4E24\u8FB9\u662F\u5168\u89D2\u5F15\u53F7 ${p.open}${p.close}\uFF0CYAML \u4F1A\u628A\u5F15\u53F7\u5F53\u6210\u6587\u5B57\u7684\u4E00\u90E8\u5206\uFF1A\u8BF7\u6539\u7528\u534A\u89D2\u5F15\u53F7 "\u2026" \u6216\u53BB\u6389\u5F15\u53F7\uFF08\u628A\u8F93\u5165\u6CD5\u5207\u6362\u5230\u82F1\u6587\u6807\u70B9\uFF09`,
  "time.year": (p) => `${p.field} ${p.text} \u7684\u5E74\u4EFD\u662F ${String(p.year).padStart(4, "0")} \u5E74\uFF0C\u5E94\u8BE5\u662F\u8F93\u5165\u9519\u8BEF\uFF1A\u8BF7\u5199 ${p.first} \u5230 ${p.last} \u5E74\u4E4B\u95F4\u7684\u5E74\u4EFD`,
  "time.gap": (p) => `${p.field} ${p.text} \u5728 ${p.zone} \u5E76\u4E0D\u5B58\u5728\uFF1A\u5F53\u665A\u65F6\u949F\u4ECE ${p.from} \u76F4\u63A5\u8DF3\u5230 ${p.to}\uFF08\u590F\u4EE4\u65F6\u5F00\u59CB\uFF09\uFF1B\u8BF7\u5199\u65F6\u949F\u4E0A\u771F\u5B9E\u51FA\u73B0\u7684\u65F6\u95F4\uFF0C\u5982 ${p.date}T${p.to}\uFF0C\u6216\u5199\u660E UTC \u504F\u79FB`,
  "time.ambiguous": (p) => `${p.field} ${p.text} \u5728 ${p.zone} \u4F1A\u51FA\u73B0\u4E24\u6B21\uFF1A\u5F53\u665A\u65F6\u949F\u56DE\u62E8\uFF08\u590F\u4EE4\u65F6\u7ED3\u675F\uFF09\uFF1B\u8BF7\u5E26\u4E0A UTC \u504F\u79FB\u5199\u660E\u662F\u54EA\u4E00\u6B21\uFF1A${p.earlier}\uFF08\u7B2C\u4E00\u6B21\uFF09\u6216 ${p.later}\uFF08\u7B2C\u4E8C\u6B21\uFF09`,
  "config.time-zone": (p) => `time-zone "${p.zone}" \u4E0D\u662F\u5F53\u524D\u8FD0\u884C\u73AF\u5883\u8BA4\u8BC6\u7684 IANA \u65F6\u533A\uFF1A${p.meant ? `\u8BF7\u4F7F\u7528 ${p.meant}` : "\u8BF7\u4F7F\u7528\u6240\u6307\u5730\u70B9\u7684\u201C\u5927\u6D32/\u57CE\u5E02\u201D\u540D\u79F0\uFF0C\u5982 Asia/Shanghai\u3001Europe/Berlin"}`,
  "config.time-zone-abbreviation": (p) => `time-zone "${p.zone}" \u662F\u7F29\u5199\uFF0C\u4E0D\u662F\u65F6\u533A${p.database ? `\uFF08\u65F6\u533A\u6570\u636E\u5E93\u628A\u5B83\u8BFB\u4F5C ${p.database}\uFF09` : ""}\uFF1A\u8BF7\u4F7F\u7528 ${p.meant}${p.others.length ? `\uFF08\u5982\u679C\u6307\u7684\u786E\u5B9E\u662F\u522B\u5904\uFF0C\u53EF\u7528 ${p.others.join("\u3001")}\uFF09` : ""}`,
  "config.time-zone-alias": (p) => `time-zone "${p.zone}" \u662F\u65E7\u7684\u522B\u540D\uFF0C\u65F6\u533A\u6570\u636E\u5E93\u53EA\u4E3A\u517C\u5BB9\u800C\u4FDD\u7559\uFF1A\u8BF7\u4F7F\u7528 ${p.meant}`,
  "config.time-zone-offset": (p) => `time-zone "${p.zone}" \u662F\u56FA\u5B9A\u7684 UTC \u504F\u79FB\uFF0C\u4E0D\u662F\u65F6\u533A\uFF1A\u5B83\u4E0D\u4F1A\u968F\u5F53\u5730\u7684\u65F6\u949F\u8C03\u6574\u800C\u53D8\u5316\uFF1B${p.meant ? `\u8BF7\u4F7F\u7528 ${p.meant}` : "\u8BF7\u4F7F\u7528\u6240\u6307\u5730\u70B9\u7684\u201C\u5927\u6D32/\u57CE\u5E02\u201D\u540D\u79F0"}`,
  "config.freeze-order": (p) => `freezes[${p.index}] "${p.name}" \u7684\u7ED3\u675F\u65E5\u671F\uFF08${p.to}\uFF09\u65E9\u4E8E\u5F00\u59CB\u65E5\u671F\uFF08${p.from}\uFF09\uFF1A\u8BF7\u5BF9\u8C03\u4E24\u4E2A\u65E5\u671F`,
  "config.rule-unknown": (p) => `rules: "${p.id}" \u4E0D\u662F\u89C4\u5219\u7F16\u53F7\uFF1A${p.guess ? `\u662F\u5426\u60F3\u5199 ${p.guess}\uFF1F` : "\u89C4\u5219\u7F16\u53F7\u89C1 README \u4E2D\u7684\u89C4\u5219\u8868"}`,
  "config.applied-by-role": (p) => `emergency.applied-by \u4E2D\u7684 "${p.role}" \u4E0D\u662F roles \u4E0B\u914D\u7F6E\u7684\u89D2\u8272\uFF08${p.roles.join("\u3001")}\uFF09\uFF1A\u8BF7\u5199\u660E\u5176\u6210\u5458\u53EF\u4EE5\u6DFB\u52A0\u7D27\u6025\u5347\u7EA7\u6807\u7B7E\u7684\u5DF2\u914D\u7F6E\u89D2\u8272`,
  "config.role-title": (p) => `roles: "${p.role}" \u6CA1\u6709\u5B8C\u6574\u7684\u4E2D\u82F1\u6587\u540D\u79F0\uFF1A\u8BF7\u6DFB\u52A0 title: { en: "\u2026", zh: "\u2026" }\uFF08\u5373\u5BA1\u6279\u5355\u3001PR \u8BC4\u8BBA\u548C\u5F52\u6863\u8BB0\u5F55\u4E2D\u663E\u793A\u7684\u89D2\u8272\u540D\u79F0\uFF09\uFF1B\u53EA\u6709 center-lead \u548C general-office \u6709\u5185\u7F6E\u540D\u79F0`,
  "config.role-members-teams": (p) => `roles.${p.role}.members \u5217\u51FA\u4E86\u4EBA\u5458\uFF0C\u4F46\u8BE5\u89D2\u8272\u7684\u6240\u6709\u8005\u5305\u542B\u591A\u4E2A\u56E2\u961F\uFF08${p.teams}\uFF09\uFF0C\u65E0\u6CD5\u5224\u65AD\u6BCF\u4E2A\u4EBA\u5C5E\u4E8E\u54EA\u4E2A\u56E2\u961F\uFF1A\u8BF7\u6539\u5728 teams: { "@org/team": [login, ...] } \u4E0B\u6309\u56E2\u961F\u5217\u51FA\u6210\u5458\uFF0C\u5E76\u5220\u9664 members`,
  "config.team-unreadable": (p) => `\u4EE4\u724C\u65E0\u6CD5\u8BFB\u53D6\u56E2\u961F ${p.team}\uFF08GET /orgs/{org}/teams/{team}/members \u8FD4\u56DE HTTP ${p.status}\uFF09\uFF0C\u800C\u8BE5\u56E2\u961F\u662F\u67D0\u4E2A\u5347\u7EA7\u6587\u6863\u7684\u5BA1\u6279\u89D2\u8272\u6240\u6709\u8005\uFF1A\u5DE5\u4F5C\u6D41\u81EA\u5E26\u7684 GITHUB_TOKEN \u65E0\u6CD5\u8BFB\u53D6\u56E2\u961F\uFF1B\u8BF7\u4E3A Action \u63D0\u4F9B GitHub App \u4EE4\u724C\u6216\u5177\u6709\u7EC4\u7EC7\u6743\u9650\u201CMembers: read\u201D\u7684\u4EE4\u724C\uFF0C\u6216\u5728\u914D\u7F6E\u4E2D teams: { "${p.team}": [login, ...] } \u4E0B\u5217\u51FA\u8BE5\u56E2\u961F\u6210\u5458`,
  "config.policy-owner": (p) => `policy-owner: "${p.role}" \u4E0D\u662F\u5DF2\u914D\u7F6E\u7684\u89D2\u8272\uFF08${p.roles}\uFF09\uFF1A\u8BF7\u5199\u660E\u4FEE\u6539\u7B56\u7565\u6587\u4EF6\u65F6\u987B\u7531\u54EA\u4E2A\u89D2\u8272\u6279\u51C6`,
  "config.roles": (p) => `\u672A\u914D\u7F6E\u5BA1\u6279\u89D2\u8272\uFF1A\u8BF7\u5728 ${p.file} \u4E2D\u6DFB\u52A0 roles\uFF0C\u5199\u660E\u7814\u53D1\u4E2D\u5FC3\u8D1F\u8D23\u4EBA\uFF08center-lead\uFF09\u548C\u603B\u7ECF\u7406\u529E\u516C\u5BA4\uFF08general-office\uFF09\u5BF9\u5E94\u7684 CODEOWNERS \u6240\u6709\u8005\uFF0C\u4F8B\u5982 roles: { center-lead: { owners: ["@acme/rd-leads"] }, general-office: { owners: ["@acme/gm-office"] } }`
};

// src/messages/zh-CN-catalog.ts
function zhCNCatalog() {
  return zhCN;
}

// src/messages/index.ts
function messages(language = "en") {
  return language === "zh-CN" ? zhCNCatalog() : en;
}

// src/messages/log-catalog.ts
var plural = (n, one, many = `${one}s`) => n === 1 ? one : many, en2 = {
  "input.fail-on": (p) => `input fail-on must be error, warning or never, not "${p.value}"`,
  "input.language": (p) => `input language must be ${p.allowed.join(" or ")}, not "${p.value}"`,
  "env.repository": () => "GITHUB_REPOSITORY is not set to owner/name: run upgrade-gate as a GitHub Actions step",
  "env.event-path": () => "GITHUB_EVENT_PATH is not set: run upgrade-gate as a GitHub Actions step",
  "event.no-pull-request": (p) => `the ${p.event} event carries no pull_request`,
  "event.other-action": (p) => `upgrade-gate: ${p.event}.${p.action} changes nothing the policy reads; evaluating anyway`,
  "event.closed-unmerged": (p) => `upgrade-gate: PR #${p.pr} was closed without merging: nothing to check or archive`,
  "event.unhandled": (p) => `upgrade-gate: the ${p.event || "unknown"} event is not one upgrade-gate handles; add pull_request_target, pull_request_review, merge_group, schedule and issue_comment to the workflow's on: list`,
  calls: (p) => `upgrade-gate: ${p.count} REST ${plural(p.count, "call")} (${p.list})`,
  "api.failed": (p) => `${p.method} ${p.url} answered HTTP ${p.status} (after retries): ${p.message}`,
  "api.timeout": (p) => `${p.method} ${p.url} did not answer within ${p.seconds} s (after retries): is GITHUB_API_URL the GitHub API, and reachable?`,
  "api.unreachable": (p) => `${p.method} ${p.url} could not be reached (after retries): ${p.message}`,
  "api.not-github": (p) => `GITHUB_API_URL ${p.base} did not answer like the GitHub API (${p.request}): set it to the API of GitHub or GitHub Enterprise Server (e.g. https://api.github.com or https://HOST/api/v3)`,
  "api.rate-limit": (p) => `GitHub rate limit hit on ${p.method} ${p.url}; retrying after ${p.after}s (attempt ${p.attempt})`,
  "api.secondary-rate-limit": (p) => `GitHub secondary rate limit on ${p.method} ${p.url}; retrying after ${p.after}s (attempt ${p.attempt})`,
  "status.error-not-set": (p) => `upgrade-gate could not set the error status either: ${p.error}`,
  "status.error-not-set-pr": (p) => `upgrade-gate could not set the error status on PR #${p.pr} either: ${p.error}`,
  "status.forbidden": (p) => `upgrade-gate could not set the commit status (${p.error}): a read-only token (fork PRs under pull_request) cannot; use pull_request_target so the check can be required`,
  "comment.done": (p) => `upgrade-gate: PR comment ${{ created: "created", updated: "updated", unchanged: "unchanged", skipped: "not written (no upgrade document)" }[p.what] ?? p.what}`,
  "comment.forbidden": (p) => `upgrade-gate could not write the PR comment (${p.error}): the token lacks pull-requests: write; the job summary has the same report`,
  "summary.no-file": () => "upgrade-gate: GITHUB_STEP_SUMMARY is not set; no job summary written",
  "archive.written": (p) => `upgrade-gate: archive written: ${p.path} (attempt ${p.attempts})`,
  "archive.exists": (p) => `upgrade-gate: archive already holds ${p.path}: nothing written`,
  "archive.backfilled": (p) => `upgrade-gate: PR #${p.pr} had no archive record; backfilled ${p.path}`,
  "archive.race": (p) => `the archive commit lost the race with other merges ${p.attempts} times: re-run this job or the scheduled backfill`,
  "archive.unreadable-json": (p) => `${p.file} in the archive is not readable JSON (${p.detail}): restore it from the archive branch's history`,
  "archive.too-many-commits": (p) => `more than ${p.max} commits changed ${p.folder}/ on ${p.branch}: check the history in a clone with upgrade-gate verify`,
  "archive.tampered-status": (p) => `Archive tampered: ${p.first}`,
  "archive.tampered-log": (p) => `upgrade-gate: the archive was changed outside the Action: ${p.lines}`,
  "archive.not-verified": (p) => `Could not verify the archive: ${p.error}`,
  "archive.status-not-set": (p) => `upgrade-gate could not set the ${p.context} status on ${p.branch}: ${p.error}`,
  "branch.refused": (p) => `the branch ${p.branch} refused the ${p.what} commit (HTTP ${p.status}: ${p.message}): run upgrade-gate with a GitHub App token and add that App to the bypass list of the ruleset that protects ${p.branch} (GitHub refuses GitHub Actions there), or set archive.branch to a branch the token may push to; upgrade-gate doctor names what blocks it`,
  "evidence.blob-mismatch": (p) => `GitHub's blob id of ${p.path} at ${p.commit} does not match its bytes: not archiving an unpinned file`,
  "merge-group.no-head": () => "upgrade-gate: the merge_group event has no head_sha or head_ref; nothing to evaluate",
  "merge-group.no-pr": (p) => `No pull request number in merge group ref ${p.ref}`,
  "merge-group.verdict": (p) => `upgrade-gate: merge group, PR #${p.pr}: ${p.outcome}: ${p.summary}`,
  "reevaluate.unchanged": (p) => `upgrade-gate: PR #${p.pr} unchanged (${p.state})`,
  "reevaluate.changed": (p) => `upgrade-gate: PR #${p.pr} now ${p.state}: ${p.summary}`,
  "reevaluate.failed": (p) => `re-evaluation failed for ${p.list}`,
  "outcome.not-command": () => "upgrade-gate: the comment is not an /upgrade-result command: nothing to do",
  "outcome.on-issue": (p) => `upgrade-gate: #${p.number} is an issue, not a pull request: outcomes are recorded on merged upgrade pull requests`,
  "outcome.config-invalid": (p) => `the configuration ${p.path} on ${p.branch} is not valid (${p.problems}): no outcome can be recorded until it is fixed`,
  "outcome.refused": (p) => `upgrade-gate: @${p.login} may not record the outcome of PR #${p.pr}; nothing recorded`,
  "outcome.invalid": (p) => `upgrade-gate: the /upgrade-result command on PR #${p.pr} has ${p.count} ${plural(p.count, "problem")}; the reply on the PR names them`,
  "outcome.duplicate": (p) => `upgrade-gate: this comment is already recorded as ${p.path}: nothing written`,
  "outcome.recorded": (p) => `upgrade-gate: outcome ${p.outcome} of PR #${p.pr} recorded by @${p.login}: ${p.path} (attempt ${p.attempts})`,
  "outcome.no-archive": (p) => `the archive on ${p.branch} has no ${p.missing}: the outcome cannot be chained to its upgrade record`,
  "outcome.race": (p) => `the outcome commit lost the race with other archive writes ${p.attempts} times: re-run this job`,
  "pending.no-branch": () => "upgrade-gate: the event names no default branch (repository.default_branch, GITHUB_REF_NAME): pending outcomes are not checked in this run",
  "pending.config-invalid": (p) => `the configuration ${p.path} on ${p.branch} is not valid: pending outcomes cannot be checked`,
  "pending.too-many": (p) => `upgrade-gate: ${p.count} archived upgrades have no outcome; this run reads the newest ${p.max}`,
  "pending.found": (p) => `upgrade-gate: ${p.count} merged ${plural(p.count, "upgrade")} without an outcome after ${p.hours} hours: ${p.prs}`,
  "pending.none": (p) => `upgrade-gate: every merged upgrade older than ${p.hours} hours has an outcome`,
  "doctor.finding": (p) => `upgrade-gate doctor: ${p.id}: ${p.message}${p.fix ? ` \u2014 ${p.fix}` : ""}`,
  "doctor.unreadable": (p) => `upgrade-gate doctor could not read the setup: ${p.error}`,
  "chain-head.unreadable": (p) => `${p.file} is not readable JSON (${p.detail}): restore it from the archive branch's history`,
  "chain-head.not-chain-head": (p) => `${p.file} is not an upgrade-gate chain head (format, sequence, sha256 and emergencies by month): restore it from the archive branch's history`
}, STATE = {
  success: "\u901A\u8FC7",
  failure: "\u4E0D\u901A\u8FC7",
  error: "\u51FA\u9519",
  pending: "\u8FDB\u884C\u4E2D",
  pass: "\u901A\u8FC7",
  fail: "\u4E0D\u901A\u8FC7"
}, zhState = (s) => STATE[s] ?? s, zhCN2 = {
  "input.fail-on": (p) => `\u8F93\u5165\u53C2\u6570 fail-on \u53EA\u80FD\u662F error\u3001warning \u6216 never\uFF0C\u4E0D\u80FD\u662F "${p.value}"`,
  "input.language": (p) => `\u8F93\u5165\u53C2\u6570 language \u53EA\u80FD\u662F ${p.allowed.join(" \u6216 ")}\uFF0C\u4E0D\u80FD\u662F "${p.value}"`,
  "env.repository": () => "GITHUB_REPOSITORY \u6CA1\u6709\u8BBE\u7F6E\u4E3A owner/name\uFF1A\u8BF7\u5728 GitHub Actions \u7684\u6B65\u9AA4\u4E2D\u8FD0\u884C upgrade-gate",
  "env.event-path": () => "\u6CA1\u6709\u8BBE\u7F6E GITHUB_EVENT_PATH\uFF1A\u8BF7\u5728 GitHub Actions \u7684\u6B65\u9AA4\u4E2D\u8FD0\u884C upgrade-gate",
  "event.no-pull-request": (p) => `${p.event} \u4E8B\u4EF6\u4E2D\u6CA1\u6709 pull_request`,
  "event.other-action": (p) => `upgrade-gate\uFF1A${p.event}.${p.action} \u4E0D\u5F71\u54CD\u7B56\u7565\u68C0\u67E5\u7684\u5185\u5BB9\uFF0C\u4ECD\u7167\u5E38\u68C0\u67E5`,
  "event.closed-unmerged": (p) => `upgrade-gate\uFF1APR #${p.pr} \u672A\u5408\u5E76\u5C31\u5DF2\u5173\u95ED\uFF1A\u65E0\u9700\u68C0\u67E5\u6216\u5F52\u6863`,
  "event.unhandled": (p) => `upgrade-gate\uFF1Aupgrade-gate \u4E0D\u5904\u7406 ${p.event || "\u672A\u77E5"} \u4E8B\u4EF6\uFF1B\u8BF7\u5728\u5DE5\u4F5C\u6D41\u7684 on: \u4E2D\u52A0\u5165 pull_request_target\u3001pull_request_review\u3001merge_group\u3001schedule \u548C issue_comment`,
  calls: (p) => `upgrade-gate\uFF1A\u5171\u8C03\u7528 REST API ${p.count} \u6B21\uFF08${p.list}\uFF09`,
  "api.failed": (p) => `${p.method} ${p.url} \u8FD4\u56DE HTTP ${p.status}\uFF08\u5DF2\u91CD\u8BD5\uFF09\uFF1A${p.message}`,
  "api.timeout": (p) => `${p.method} ${p.url} \u5728 ${p.seconds} \u79D2\u5185\u6CA1\u6709\u5E94\u7B54\uFF08\u5DF2\u91CD\u8BD5\uFF09\uFF1A\u8BF7\u786E\u8BA4 GITHUB_API_URL \u662F GitHub API \u4E14\u53EF\u4EE5\u8BBF\u95EE`,
  "api.unreachable": (p) => `${p.method} ${p.url} \u65E0\u6CD5\u8FDE\u63A5\uFF08\u5DF2\u91CD\u8BD5\uFF09\uFF1A${p.message}`,
  "api.not-github": (p) => `GITHUB_API_URL ${p.base} \u7684\u5E94\u7B54\u4E0D\u50CF GitHub API\uFF08${p.request}\uFF09\uFF1A\u8BF7\u8BBE\u7F6E\u4E3A GitHub \u6216 GitHub Enterprise Server \u7684 API \u5730\u5740\uFF08\u4F8B\u5982 https://api.github.com \u6216 https://HOST/api/v3\uFF09`,
  "api.rate-limit": (p) => `${p.method} ${p.url} \u89E6\u53D1 GitHub \u901F\u7387\u9650\u5236\uFF1B${p.after} \u79D2\u540E\u91CD\u8BD5\uFF08\u7B2C ${p.attempt} \u6B21\uFF09`,
  "api.secondary-rate-limit": (p) => `${p.method} ${p.url} \u89E6\u53D1 GitHub \u4E8C\u7EA7\u901F\u7387\u9650\u5236\uFF1B${p.after} \u79D2\u540E\u91CD\u8BD5\uFF08\u7B2C ${p.attempt} \u6B21\uFF09`,
  "status.error-not-set": (p) => `upgrade-gate \u4E5F\u672A\u80FD\u8BBE\u7F6E error \u72B6\u6001\uFF1A${p.error}`,
  "status.error-not-set-pr": (p) => `upgrade-gate \u4E5F\u672A\u80FD\u5728 PR #${p.pr} \u4E0A\u8BBE\u7F6E error \u72B6\u6001\uFF1A${p.error}`,
  "status.forbidden": (p) => `upgrade-gate \u65E0\u6CD5\u8BBE\u7F6E\u63D0\u4EA4\u72B6\u6001\uFF08${p.error}\uFF09\uFF1A\u53EA\u8BFB\u4EE4\u724C\uFF08pull_request \u4E8B\u4EF6\u4E0B\u6765\u81EA fork \u7684 PR\uFF09\u65E0\u6B64\u6743\u9650\uFF1B\u8BF7\u6539\u7528 pull_request_target\uFF0C\u624D\u80FD\u628A\u8BE5\u68C0\u67E5\u8BBE\u4E3A\u5FC5\u9700`,
  "comment.done": (p) => `upgrade-gate\uFF1APR \u8BC4\u8BBA${{ created: "\u5DF2\u521B\u5EFA", updated: "\u5DF2\u66F4\u65B0", unchanged: "\u65E0\u53D8\u5316", skipped: "\u672A\u5199\u5165\uFF08\u6CA1\u6709\u5347\u7EA7\u6587\u6863\uFF09" }[p.what] ?? ` ${p.what}`}`,
  "comment.forbidden": (p) => `upgrade-gate \u65E0\u6CD5\u5199\u5165 PR \u8BC4\u8BBA\uFF08${p.error}\uFF09\uFF1A\u4EE4\u724C\u7F3A\u5C11 pull-requests: write \u6743\u9650\uFF1B\u4F5C\u4E1A\u6458\u8981\u4E2D\u6709\u540C\u6837\u7684\u62A5\u544A`,
  "summary.no-file": () => "upgrade-gate\uFF1A\u6CA1\u6709\u8BBE\u7F6E GITHUB_STEP_SUMMARY\uFF0C\u672A\u5199\u5165\u4F5C\u4E1A\u6458\u8981",
  "archive.written": (p) => `upgrade-gate\uFF1A\u5DF2\u5199\u5165\u5347\u7EA7\u6863\u6848 ${p.path}\uFF08\u7B2C ${p.attempts} \u6B21\u5C1D\u8BD5\uFF09`,
  "archive.exists": (p) => `upgrade-gate\uFF1A\u5347\u7EA7\u6863\u6848\u4E2D\u5DF2\u6709 ${p.path}\uFF0C\u672A\u91CD\u590D\u5199\u5165`,
  "archive.backfilled": (p) => `upgrade-gate\uFF1APR #${p.pr} \u7F3A\u5C11\u5F52\u6863\u8BB0\u5F55\uFF0C\u5DF2\u8865\u5199 ${p.path}`,
  "archive.race": (p) => `\u5F52\u6863\u63D0\u4EA4\u4E0E\u5176\u4ED6\u5408\u5E76\u51B2\u7A81\uFF0C\u5DF2\u91CD\u8BD5 ${p.attempts} \u6B21\u4ECD\u672A\u6210\u529F\uFF1A\u8BF7\u91CD\u65B0\u8FD0\u884C\u6B64\u4F5C\u4E1A\uFF0C\u6216\u7B49\u5F85\u5B9A\u65F6\u8865\u5199`,
  "archive.unreadable-json": (p) => `\u5347\u7EA7\u6863\u6848\u4E2D\u7684 ${p.file} \u4E0D\u662F\u53EF\u8BFB\u7684 JSON\uFF08${p.detail}\uFF09\uFF1A\u8BF7\u4ECE\u6863\u6848\u5206\u652F\u7684\u5386\u53F2\u4E2D\u6062\u590D`,
  "archive.too-many-commits": (p) => `${p.branch} \u4E0A\u4FEE\u6539 ${p.folder}/ \u7684\u63D0\u4EA4\u8D85\u8FC7 ${p.max} \u4E2A\uFF1A\u8BF7\u5728\u514B\u9686\u4E2D\u7528 upgrade-gate verify \u68C0\u67E5\u5386\u53F2`,
  "archive.tampered-status": (p) => `\u5347\u7EA7\u6863\u6848\u88AB\u7BE1\u6539\uFF1A${p.first}`,
  "archive.tampered-log": (p) => `upgrade-gate\uFF1A\u5347\u7EA7\u6863\u6848\u5728 Action \u4E4B\u5916\u88AB\u4FEE\u6539\uFF1A${p.lines}`,
  "archive.not-verified": (p) => `\u65E0\u6CD5\u6821\u9A8C\u5347\u7EA7\u6863\u6848\uFF1A${p.error}`,
  "archive.status-not-set": (p) => `upgrade-gate \u65E0\u6CD5\u5728 ${p.branch} \u4E0A\u8BBE\u7F6E ${p.context} \u72B6\u6001\uFF1A${p.error}`,
  "branch.refused": (p) => `\u5206\u652F ${p.branch} \u62D2\u7EDD\u4E86${{ archive: "\u5F52\u6863", outcome: "\u5347\u7EA7\u7ED3\u679C" }[p.what] ?? ` ${p.what} `}\u63D0\u4EA4\uFF08HTTP ${p.status}\uFF1A${p.message}\uFF09\uFF1A\u8BF7\u7528 GitHub App \u4EE4\u724C\u8FD0\u884C upgrade-gate\uFF0C\u5E76\u628A\u8BE5 App \u52A0\u5165\u4FDD\u62A4 ${p.branch} \u7684\u89C4\u5219\u96C6\u7684\u7ED5\u8FC7\u5217\u8868\uFF08GitHub \u4E0D\u5141\u8BB8 GitHub Actions \u7ED5\u8FC7\uFF09\uFF0C\u6216\u628A archive.branch \u8BBE\u4E3A\u4EE4\u724C\u53EF\u4EE5\u63A8\u9001\u7684\u5206\u652F\uFF1Bupgrade-gate doctor \u4F1A\u6307\u51FA\u963B\u6B62\u63D0\u4EA4\u7684\u8BBE\u7F6E`,
  "evidence.blob-mismatch": (p) => `GitHub \u7ED9\u51FA\u7684 ${p.path} \u5728 ${p.commit} \u7684 blob \u7F16\u53F7\u4E0E\u5176\u5185\u5BB9\u4E0D\u7B26\uFF1A\u4E0D\u5F52\u6863\u672A\u56FA\u5B9A\u6307\u7EB9\u7684\u6587\u4EF6`,
  "merge-group.no-head": () => "upgrade-gate\uFF1Amerge_group \u4E8B\u4EF6\u4E2D\u6CA1\u6709 head_sha \u6216 head_ref\uFF0C\u65E0\u53EF\u68C0\u67E5\u7684\u5185\u5BB9",
  "merge-group.no-pr": (p) => `\u5408\u5E76\u961F\u5217\u7684\u5F15\u7528 ${p.ref} \u4E2D\u6CA1\u6709 PR \u7F16\u53F7`,
  "merge-group.verdict": (p) => `upgrade-gate\uFF1A\u5408\u5E76\u961F\u5217\u4E2D\u7684 PR #${p.pr} \u68C0\u67E5\u7ED3\u679C\u4E3A${zhState(p.outcome)}\uFF1A${p.summary}`,
  "reevaluate.unchanged": (p) => `upgrade-gate\uFF1APR #${p.pr} \u72B6\u6001\u672A\u53D8\uFF08${zhState(p.state)}\uFF09`,
  "reevaluate.changed": (p) => `upgrade-gate\uFF1APR #${p.pr} \u73B0\u4E3A${zhState(p.state)}\uFF1A${p.summary}`,
  "reevaluate.failed": (p) => `\u91CD\u65B0\u68C0\u67E5\u5931\u8D25\uFF1A${p.list}`,
  "outcome.not-command": () => "upgrade-gate\uFF1A\u8BE5\u8BC4\u8BBA\u4E0D\u662F /upgrade-result \u547D\u4EE4\uFF0C\u65E0\u9700\u5904\u7406",
  "outcome.on-issue": (p) => `upgrade-gate\uFF1A#${p.number} \u662F\u8BAE\u9898\u800C\u4E0D\u662F PR\uFF1A\u5347\u7EA7\u7ED3\u679C\u53EA\u5728\u5DF2\u5408\u5E76\u7684\u5347\u7EA7 PR \u4E0A\u8BB0\u5F55`,
  "outcome.config-invalid": (p) => `${p.branch} \u4E0A\u7684\u914D\u7F6E ${p.path} \u6709\u9519\u8BEF\uFF08${p.problems}\uFF09\uFF1A\u6539\u6B63\u4E4B\u524D\u65E0\u6CD5\u8BB0\u5F55\u5347\u7EA7\u7ED3\u679C`,
  "outcome.refused": (p) => `upgrade-gate\uFF1A@${p.login} \u65E0\u6743\u8BB0\u5F55 PR #${p.pr} \u7684\u5347\u7EA7\u7ED3\u679C\uFF0C\u672A\u8BB0\u5F55`,
  "outcome.invalid": (p) => `upgrade-gate\uFF1APR #${p.pr} \u4E0A\u7684 /upgrade-result \u547D\u4EE4\u6709 ${p.count} \u4E2A\u95EE\u9898\uFF0CPR \u4E0A\u7684\u56DE\u590D\u5DF2\u4E00\u4E00\u5217\u51FA`,
  "outcome.duplicate": (p) => `upgrade-gate\uFF1A\u8BE5\u8BC4\u8BBA\u5DF2\u8BB0\u5F55\u4E3A ${p.path}\uFF0C\u672A\u91CD\u590D\u5199\u5165`,
  "outcome.recorded": (p) => `upgrade-gate\uFF1APR #${p.pr} \u7684\u5347\u7EA7\u7ED3\u679C ${p.outcome} \u5DF2\u7531 @${p.login} \u8BB0\u5F55\uFF1A${p.path}\uFF08\u7B2C ${p.attempts} \u6B21\u5C1D\u8BD5\uFF09`,
  "outcome.no-archive": (p) => `${p.branch} \u4E0A\u7684\u5347\u7EA7\u6863\u6848\u4E2D\u6CA1\u6709 ${p.missing}\uFF1A\u5347\u7EA7\u7ED3\u679C\u65E0\u6CD5\u94FE\u63A5\u5230\u5BF9\u5E94\u7684\u5347\u7EA7\u8BB0\u5F55`,
  "outcome.race": (p) => `\u5347\u7EA7\u7ED3\u679C\u7684\u63D0\u4EA4\u4E0E\u5176\u4ED6\u5F52\u6863\u5199\u5165\u51B2\u7A81\uFF0C\u5DF2\u91CD\u8BD5 ${p.attempts} \u6B21\u4ECD\u672A\u6210\u529F\uFF1A\u8BF7\u91CD\u65B0\u8FD0\u884C\u6B64\u4F5C\u4E1A`,
  "pending.no-branch": () => "upgrade-gate\uFF1A\u4E8B\u4EF6\u4E2D\u6CA1\u6709\u9ED8\u8BA4\u5206\u652F\uFF08repository.default_branch\u3001GITHUB_REF_NAME\uFF09\uFF1A\u672C\u6B21\u8FD0\u884C\u4E0D\u68C0\u67E5\u5F85\u8BB0\u5F55\u7684\u5347\u7EA7\u7ED3\u679C",
  "pending.config-invalid": (p) => `${p.branch} \u4E0A\u7684\u914D\u7F6E ${p.path} \u6709\u9519\u8BEF\uFF1A\u65E0\u6CD5\u68C0\u67E5\u5F85\u8BB0\u5F55\u7684\u5347\u7EA7\u7ED3\u679C`,
  "pending.too-many": (p) => `upgrade-gate\uFF1A\u6709 ${p.count} \u4E2A\u5DF2\u5F52\u6863\u7684\u5347\u7EA7\u6CA1\u6709\u5347\u7EA7\u7ED3\u679C\uFF1B\u672C\u6B21\u8FD0\u884C\u53EA\u8BFB\u53D6\u6700\u65B0\u7684 ${p.max} \u4E2A`,
  "pending.found": (p) => `upgrade-gate\uFF1A\u6709 ${p.count} \u4E2A\u5DF2\u5408\u5E76\u7684\u5347\u7EA7\u8D85\u8FC7 ${p.hours} \u5C0F\u65F6\u4ECD\u672A\u8BB0\u5F55\u5347\u7EA7\u7ED3\u679C\uFF1A${p.prs}`,
  "pending.none": (p) => `upgrade-gate\uFF1A\u5408\u5E76\u8D85\u8FC7 ${p.hours} \u5C0F\u65F6\u7684\u5347\u7EA7\u90FD\u5DF2\u8BB0\u5F55\u5347\u7EA7\u7ED3\u679C`,
  "doctor.finding": (p) => `upgrade-gate doctor \u68C0\u67E5\u9879 ${p.id}\uFF1A${p.message}${p.fix ? `\uFF1B\u5904\u7406\u529E\u6CD5\uFF1A${p.fix}` : ""}`,
  "doctor.unreadable": (p) => `upgrade-gate doctor \u65E0\u6CD5\u8BFB\u53D6\u4ED3\u5E93\u8BBE\u7F6E\uFF1A${p.error}`,
  "chain-head.unreadable": (p) => `${p.file} \u4E0D\u662F\u53EF\u8BFB\u7684 JSON\uFF08${p.detail}\uFF09\uFF1A\u8BF7\u4ECE\u6863\u6848\u5206\u652F\u7684\u5386\u53F2\u4E2D\u6062\u590D`,
  "chain-head.not-chain-head": (p) => `${p.file} \u4E0D\u662F upgrade-gate \u7684\u94FE\u5934\u6587\u4EF6\uFF08\u5E94\u542B format\u3001sequence\u3001sha256 \u548C\u6BCF\u6708\u7D27\u6025\u5347\u7EA7\uFF09\uFF1A\u8BF7\u4ECE\u6863\u6848\u5206\u652F\u7684\u5386\u53F2\u4E2D\u6062\u590D`
}, CATALOGS = { en: en2, "zh-CN": zhCN2 };
function logMessages(language = "en") {
  return CATALOGS[language];
}
var GateError = class extends Error {
  constructor(say) {
    super(say(CATALOGS.en));
    this.say = say;
    this.name = "GateError";
  }
  say;
};

// src/github/api-error.ts
var DEFAULT_API_TIMEOUT_SECONDS = 30;
function apiTimeoutMs(env = process.env) {
  let seconds = Number(env.UPGRADE_GATE_API_TIMEOUT);
  return (Number.isFinite(seconds) && seconds > 0 ? seconds : DEFAULT_API_TIMEOUT_SECONDS) * 1e3;
}
function apiStatus(err) {
  return err instanceof RequestError && err.response ? err.status : void 0;
}
function answered(err, ...statuses) {
  let status = apiStatus(err);
  return status !== void 0 && statuses.includes(status);
}
function describeApiError(err, language) {
  let t = logMessages(language);
  if (err instanceof RequestError && !err.response) {
    let url = err.request.url.replace(/\?.*$/, ""), cause = err.cause;
    return cause?.name === "TimeoutError" || cause?.name === "AbortError" ? t["api.timeout"]({ method: err.request.method, url, seconds: apiTimeoutMs() / 1e3 }) : t["api.unreachable"]({ method: err.request.method, url, message: err.message.split(`
`)[0] ?? "" });
  }
  if (err instanceof RequestError) {
    let url = err.request.url.replace(/^https?:\/\/[^/]+/, "").replace(/\?.*$/, "");
    return t["api.failed"]({
      method: err.request.method,
      url,
      status: err.status,
      message: err.message.split(`
`)[0] ?? ""
    });
  }
  return err instanceof GateError ? err.say(t) : err instanceof Error ? err.message : String(err);
}

// node_modules/@octokit/plugin-retry/dist-bundle/index.js
var import_light = __toESM(require_light(), 1);
var VERSION = "0.0.0-development";
function isRequestError(error2) {
  return error2.request !== void 0;
}
async function errorRequest(state, octokit, error2, options) {
  if (!isRequestError(error2) || !error2?.request.request)
    throw error2;
  if (error2.status >= 400 && !state.doNotRetry.includes(error2.status)) {
    let retries = options.request.retries != null ? options.request.retries : state.retries, retryAfter = Math.pow((options.request.retryCount || 0) + 1, 2);
    throw octokit.retry.retryRequest(error2, retries, retryAfter);
  }
  throw error2;
}
async function wrapRequest(state, octokit, request, options) {
  let limiter = new import_light.default();
  return limiter.on("failed", function(error2, info2) {
    let maxRetries = ~~error2.request.request?.retries, after = ~~error2.request.request?.retryAfter;
    if (options.request.retryCount = info2.retryCount + 1, maxRetries > info2.retryCount)
      return after * state.retryAfterBaseValue;
  }), limiter.schedule(
    requestWithGraphqlErrorHandling.bind(null, state, octokit, request),
    options
  );
}
async function requestWithGraphqlErrorHandling(state, octokit, request, options) {
  let response = await request(options);
  if (response.data && response.data.errors && response.data.errors.length > 0 && /Something went wrong while executing your query/.test(
    response.data.errors[0].message
  )) {
    let error2 = new RequestError(response.data.errors[0].message, 500, {
      request: options,
      response
    });
    return errorRequest(state, octokit, error2, options);
  }
  return response;
}
function retry(octokit, octokitOptions) {
  let state = Object.assign(
    {
      enabled: !0,
      retryAfterBaseValue: 1e3,
      doNotRetry: [400, 401, 403, 404, 410, 422, 451],
      retries: 3
    },
    octokitOptions.retry
  ), retryPlugin = {
    retry: {
      retryRequest: (error2, retries, retryAfter) => (error2.request.request = Object.assign({}, error2.request.request, {
        retries,
        retryAfter
      }), error2)
    }
  };
  return state.enabled && (octokit.hook.error("request", errorRequest.bind(null, state, retryPlugin)), octokit.hook.wrap("request", wrapRequest.bind(null, state, retryPlugin))), retryPlugin;
}
retry.VERSION = VERSION;

// node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var import_light2 = __toESM(require_light(), 1), VERSION2 = "0.0.0-development", noop = () => Promise.resolve();
function wrapRequest2(state, request, options) {
  return state.retryLimiter.schedule(doRequest, state, request, options);
}
async function doRequest(state, request, options) {
  let { pathname } = new URL(options.url, "http://github.test"), isAuth = isAuthRequest(options.method, pathname), isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD", isSearch = options.method === "GET" && pathname.startsWith("/search/"), isGraphQL = pathname.startsWith("/graphql"), jobOptions = ~~request.retryCount > 0 ? { priority: 0, weight: 0 } : {};
  state.clustering && (jobOptions.expiration = 1e3 * 60), (isWrite || isGraphQL) && await state.write.key(state.id).schedule(jobOptions, noop), isWrite && state.triggersNotification(pathname) && await state.notifications.key(state.id).schedule(jobOptions, noop), isSearch && await state.search.key(state.id).schedule(jobOptions, noop);
  let req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request, options);
  if (isGraphQL) {
    let res = await req;
    if (res.data.errors != null && res.data.errors.some((error2) => error2.type === "RATE_LIMITED"))
      throw Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];
function routeMatcher(paths) {
  let regex2 = `^(?:${paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  ).map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}
var regex = routeMatcher(triggers_notification_paths_default), triggersNotification = regex.test.bind(regex), groups = {}, createGroups = function(Bottleneck3, common) {
  groups.global = new Bottleneck3.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  }), groups.auth = new Bottleneck3.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  }), groups.search = new Bottleneck3.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  }), groups.write = new Bottleneck3.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  }), groups.notifications = new Bottleneck3.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  let {
    enabled = !0,
    Bottleneck: Bottleneck3 = import_light2.default,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled)
    return {};
  let common = { timeout };
  typeof connection < "u" && (common.connection = connection);
  let state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit != "function" || typeof state.onRateLimit != "function")
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  let initialized = !1, initializeBottleneck = () => {
    if (initialized)
      return;
    initialized = !0, groups.global == null && createGroups(Bottleneck3, common), state.global = state.global ?? groups.global, state.auth = state.auth ?? groups.auth, state.search = state.search ?? groups.search, state.write = state.write ?? groups.write, state.notifications = state.notifications ?? groups.notifications, state.retryLimiter = state.retryLimiter ?? new Bottleneck3();
    let events = {}, emitter = new Bottleneck3.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit), events.on("rate-limit", state.onRateLimit), events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    ), state.retryLimiter.on("failed", async function(error2, info2) {
      let [state2, request, options] = info2.args, { pathname } = new URL(options.url, "http://github.test");
      if (!(pathname.startsWith("/graphql") && error2.status !== 401 || error2.status === 403 || error2.status === 429))
        return;
      let retryCount = ~~request.retryCount;
      request.retryCount = retryCount, options.request.retryCount = retryCount;
      let { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error2.message)) {
          let retryAfter2 = Number(error2.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          return { wantRetry: await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          ), retryAfter: retryAfter2 };
        }
        if (error2.response.headers != null && error2.response.headers["x-ratelimit-remaining"] === "0" || (error2.response.data?.errors ?? []).some(
          (error22) => error22.type === "RATE_LIMITED"
        )) {
          let rateLimitReset = new Date(
            ~~error2.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime(), retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          return { wantRetry: await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          ), retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry)
        return request.retryCount++, retryAfter * state2.retryAfterBaseValue;
    });
  };
  return octokit.hook.wrap("request", (request, options) => (initializeBottleneck(), wrapRequest2(state, request, options))), {};
}
throttling.VERSION = VERSION2;
throttling.triggersNotification = triggersNotification;

// src/github/octokit.ts
var import_light3 = __toESM(require_light(), 1);
function requestTimeout(octokit) {
  octokit.hook.wrap("request", (request, options) => (options.request = { ...options.request, signal: AbortSignal.timeout(apiTimeoutMs()) }, request(options)));
}
var GitHubClient = Octokit.plugin(requestTimeout, restEndpointMethods, paginateRest, retry, throttling), MAX_THROTTLE_RETRIES = 3, writeLimiter = new import_light3.default.Group({ id: "upgrade-gate-write", maxConcurrent: 1, minTime: 50 });
async function createOctokit(token, log, language = () => {
}) {
  let baseUrl = process.env.GITHUB_API_URL || "https://api.github.com", options = {
    baseUrl,
    throttle: {
      write: writeLimiter,
      onRateLimit: (retryAfter, options2, _o, retryCount) => (warning(
        logMessages(language())["api.rate-limit"]({
          method: options2.method,
          url: options2.url,
          after: retryAfter,
          attempt: retryCount + 1
        })
      ), retryCount < MAX_THROTTLE_RETRIES),
      onSecondaryRateLimit: (retryAfter, options2, _o, retryCount) => (warning(
        logMessages(language())["api.secondary-rate-limit"]({
          method: options2.method,
          url: options2.url,
          after: retryAfter,
          attempt: retryCount + 1
        })
      ), retryCount < MAX_THROTTLE_RETRIES)
    },
    retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 451] }
  }, octokit = getProxyUrl(new URL(baseUrl)) ? (await import("./github-PDNUQ2FV.mjs")).getOctokit(
    token,
    options,
    requestTimeout,
    retry,
    throttling
  ) : new GitHubClient({ ...options, auth: `token ${token}`, userAgent: orchestrationUserAgent() });
  return octokit.hook.wrap("request", async (request, options2) => {
    let entry = { method: options2.method, url: options2.url };
    log.calls.push(entry);
    try {
      let response = await request(options2);
      entry.status = response.status;
      let data = response.data;
      if (!(response.status === 204 || response.status === 205 || options2.method === "HEAD") && !options2.mediaType?.format && (typeof data != "object" || data === null || data instanceof ArrayBuffer))
        throw notGitHubApi(baseUrl, `${options2.method} ${response.url || options2.url}`);
      return response;
    } catch (err) {
      throw entry.status = apiStatus(err), err;
    }
  }), octokit;
}
function orchestrationUserAgent() {
  let id = process.env.ACTIONS_ORCHESTRATION_ID?.trim();
  return id ? `actions_orchestration_id/${id.replace(/[^a-z0-9_.-]/gi, "_")}` : void 0;
}
function notGitHubApi(baseUrl, request) {
  return new GateError((t) => t["api.not-github"]({ base: baseUrl, request }));
}
function apiBase(octokit) {
  return String(octokit.request.endpoint.DEFAULTS.baseUrl);
}
function apiObject(octokit, data, request, fields = {}) {
  if (!(typeof data == "object" && data !== null && !Array.isArray(data) && Object.entries(fields).every(([field, type]) => {
    let value = data[field];
    return type === "array" ? Array.isArray(value) : type === "object" ? typeof value == "object" && value !== null && !Array.isArray(value) : typeof value === type;
  }))) throw notGitHubApi(apiBase(octokit), request);
  return data;
}
function apiList(octokit, data, request, fields = {}) {
  if (!Array.isArray(data)) throw notGitHubApi(apiBase(octokit), request);
  for (let entry of data) apiObject(octokit, entry, request, fields);
  return data;
}

// src/github/reads.ts
var PR_FILES_CAP = 3e3;
async function defaultBranch(octokit, repo) {
  let { data } = await octokit.rest.repos.get({ ...repo });
  return apiObject(octokit, data, `GET /repos/${repo.owner}/${repo.repo}`, { default_branch: "string" }).default_branch;
}
async function readFile(octokit, repo, path, ref) {
  try {
    let { data } = await octokit.rest.repos.getContent({ ...repo, path, ref });
    if (Array.isArray(data)) return;
    let request = `GET /repos/${repo.owner}/${repo.repo}/contents/${path}`;
    if (apiObject(octokit, data, request, { type: "string" }), data.type !== "file") return;
    if ("content" in data && typeof data.content == "string" && data.content)
      return Buffer.from(data.content, "base64").toString("utf8");
    apiObject(octokit, data, request, { sha: "string" });
    let blob = await octokit.rest.git.getBlob({ ...repo, file_sha: data.sha });
    return apiObject(octokit, blob.data, `GET /repos/${repo.owner}/${repo.repo}/git/blobs/${data.sha}`, { content: "string" }), Buffer.from(blob.data.content, "base64").toString("utf8");
  } catch (err) {
    if (answered(err, 404)) return;
    throw err;
  }
}
async function readDocument(octokit, repo, path, ref, maxBytes) {
  try {
    let { data } = await octokit.rest.repos.getContent({ ...repo, path, ref });
    if (Array.isArray(data)) return { unreadable: "folder" };
    if (data.type === "symlink")
      return { unreadable: "symlink", target: "target" in data ? String(data.target) : void 0 };
    if (data.type === "submodule")
      return {
        unreadable: "submodule",
        target: "submodule_git_url" in data ? String(data.submodule_git_url) : void 0
      };
    if (data.type !== "file" || data.path !== path) return { unreadable: "symlink", target: data.path };
    if (data.size > maxBytes) return { size: data.size };
    if ("content" in data && data.content && data.encoding === "base64")
      return { bytes: Buffer.from(data.content, "base64") };
    let blob = await octokit.rest.git.getBlob({ ...repo, file_sha: data.sha });
    return { bytes: Buffer.from(blob.data.content, "base64") };
  } catch (err) {
    if (err.status === 404) return { unreadable: "missing" };
    throw err;
  }
}
var atCommit = /* @__PURE__ */ new Map();
function once(key, read) {
  let p = atCommit.get(key);
  return p || (p = read(), atCommit.set(key, p), p.catch(() => atCommit.delete(key))), p;
}
function policyRef(pr) {
  return pr.base.ref;
}

export {
  summary,
  getInput,
  setOutput,
  setFailed,
  error,
  warning,
  notice,
  info,
  LANGUAGES,
  parseLanguage,
  messages,
  logMessages,
  GateError,
  apiStatus,
  answered,
  describeApiError,
  createOctokit,
  apiObject,
  apiList,
  PR_FILES_CAP,
  defaultBranch,
  readFile,
  readDocument,
  once,
  policyRef
};
